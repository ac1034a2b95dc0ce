using BossRemote.Core.Common.Events;
using BossRemote.Core.Identity;

namespace BossRemote.Core.Tickets;

/// <summary>A help-desk ticket (SPEC §2).</summary>
public sealed class Ticket : DomainEventSource
{
    public const int SubjectMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int RequesterNameMaxLength = 100;
    public const int RequesterEmailMaxLength = 254;

    public int Id { get; set; }

    /// <summary>The human-facing number, shown as <c>#1042</c>.</summary>
    public int Number { get; set; }

    public string Subject { get; set; } = "";

    public string Description { get; set; } = "";

    public string RequesterName { get; set; } = "";

    public string RequesterEmail { get; set; } = "";

    public string? AssignedTechnicianId { get; set; }

    public ApplicationUser? AssignedTechnician { get; set; }

    public int CategoryId { get; set; }

    public TicketCategory? Category { get; set; }

    public TicketType Type { get; set; }

    public TicketPriority Priority { get; set; }

    public TicketSource Source { get; set; }

    public TicketStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency: two people saving the same ticket cannot overwrite each other.</summary>
    public int Version { get; set; }

    public List<TicketNote> Notes { get; set; } = [];

    public static string FormatNumber(int number) => $"#{number}";

    /// <summary>Moves the ticket to <paramref name="status"/> if the workflow allows it.</summary>
    public bool TryChangeStatus(TicketStatus status, DateTime now)
    {
        if (!TicketStatusRules.CanChange(Status, status))
        {
            return false;
        }

        Status = status;
        ClosedAt = status == TicketStatus.Closed ? now : null;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Applies edited details. When anything changed, the ticket records one system note that says what (see
    /// <see cref="TicketChanges"/>), so the note commits with the change; returns the changes, empty when there were none.
    /// </summary>
    public IReadOnlyList<string> Edit(TicketInput input, TicketEditNames names, string author, DateTime now)
    {
        var changes = TicketChanges.Describe(this, input, names);
        if (changes.Count == 0)
        {
            return changes;
        }

        Subject = input.Subject.Trim();
        Description = input.Description?.Trim() ?? "";
        RequesterName = input.RequesterName.Trim();
        RequesterEmail = input.RequesterEmail.Trim();
        CategoryId = input.CategoryId;
        Type = input.Type;
        Priority = input.Priority;
        Source = input.Source;
        AssignedTechnicianId = string.IsNullOrEmpty(input.AssignedTechnicianId) ? null : input.AssignedTechnicianId;
        Notes.Add(TicketTimeline.NewSystemNote(TicketChanges.NoteBody(author, changes), now));
        Touch(now);
        return changes;
    }

    /// <summary>Records that the ticket changed now; every open view of it re-reads once the change commits.</summary>
    public void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
        Raise(() => new TicketChanged(Id));
    }
}
