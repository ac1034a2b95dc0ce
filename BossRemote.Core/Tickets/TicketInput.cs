using System.ComponentModel.DataAnnotations;
using BossRemote.Core.Common;

namespace BossRemote.Core.Tickets;

/// <summary>What a person enters to create or edit a ticket; validated again on the server.</summary>
public sealed class TicketInput
{
    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(Ticket.SubjectMaxLength, ErrorMessage = "The subject can be at most {1} characters.")]
    public string Subject { get; set; } = "";

    [StringLength(Ticket.DescriptionMaxLength, ErrorMessage = "The description can be at most {1} characters.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the requester's name.")]
    [StringLength(Ticket.RequesterNameMaxLength, ErrorMessage = "The requester's name can be at most {1} characters.")]
    public string RequesterName { get; set; } = "";

    [Required(ErrorMessage = "Enter the requester's e-mail address.")]
    [DeliverableEmail]
    [StringLength(Ticket.RequesterEmailMaxLength, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string RequesterEmail { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose a category.")]
    public int CategoryId { get; set; }

    [EnumDataType(typeof(TicketType), ErrorMessage = "Choose a type.")]
    public TicketType Type { get; set; } = TicketType.Incident;

    [EnumDataType(typeof(TicketPriority), ErrorMessage = "Choose a priority.")]
    public TicketPriority Priority { get; set; } = TicketPriority.Medium;

    [EnumDataType(typeof(TicketSource), ErrorMessage = "Choose a source.")]
    public TicketSource Source { get; set; } = TicketSource.TechnicianPortal;

    public string? AssignedTechnicianId { get; set; }

    /// <summary>Runs the data annotations; returns the messages, empty when the input is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "Invalid value.")];
    }
}
