using BossRemote.Core.Tickets;

namespace BossRemote.Tests.TestSupport;

/// <summary>A valid ticket with sensible defaults; tests change only what they are about.</summary>
public sealed class TicketBuilder
{
    private static readonly DateTime DefaultCreated = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly Ticket _ticket = new()
    {
        Number = 1001,
        Subject = "Printer on 2nd floor shows offline",
        Description = "It worked yesterday.",
        RequesterName = "Emma Johnson",
        RequesterEmail = "emma.johnson@northwind.example",
        CategoryId = 1,
        Type = TicketType.Incident,
        Priority = TicketPriority.Medium,
        Source = TicketSource.Email,
        Status = TicketStatus.Open,
        CreatedAt = DefaultCreated,
        UpdatedAt = DefaultCreated,
    };

    public TicketBuilder WithNumber(int number)
    {
        _ticket.Number = number;
        return this;
    }

    public TicketBuilder WithSubject(string subject)
    {
        _ticket.Subject = subject;
        return this;
    }

    public TicketBuilder WithRequester(string name, string email)
    {
        _ticket.RequesterName = name;
        _ticket.RequesterEmail = email;
        return this;
    }

    public TicketBuilder WithCategory(int categoryId)
    {
        _ticket.CategoryId = categoryId;
        return this;
    }

    public TicketBuilder WithType(TicketType type)
    {
        _ticket.Type = type;
        return this;
    }

    public TicketBuilder WithSource(TicketSource source)
    {
        _ticket.Source = source;
        return this;
    }

    public TicketBuilder WithPriority(TicketPriority priority)
    {
        _ticket.Priority = priority;
        return this;
    }

    public TicketBuilder WithStatus(TicketStatus status)
    {
        _ticket.Status = status;
        _ticket.ClosedAt = status == TicketStatus.Closed ? _ticket.UpdatedAt : null;
        return this;
    }

    public TicketBuilder AssignedTo(TestUser? technician)
    {
        _ticket.AssignedTechnicianId = technician?.Id;
        return this;
    }

    public TicketBuilder UpdatedAt(DateTime updatedAt)
    {
        _ticket.UpdatedAt = updatedAt;
        return this;
    }

    public TicketBuilder WithVersion(int version)
    {
        _ticket.Version = version;
        return this;
    }

    public Ticket Build() => _ticket;
}
