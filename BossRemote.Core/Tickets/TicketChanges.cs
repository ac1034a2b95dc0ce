namespace BossRemote.Core.Tickets;

/// <summary>
/// What an edit changes in a ticket, in the words a person reads on the timeline and in the audit trail:
/// "Assigned to Maria Garcia (was Taylor Reed)", "Priority: High (was Medium)". One line per changed field.
/// </summary>
public static class TicketChanges
{
    public static IReadOnlyList<string> Describe(Ticket ticket, TicketInput input, TicketEditNames names)
    {
        var changes = new List<string>();
        var assignee = string.IsNullOrEmpty(input.AssignedTechnicianId) ? null : input.AssignedTechnicianId;
        if (assignee != ticket.AssignedTechnicianId)
        {
            var was = ticket.AssignedTechnicianId is { } before ? names.Person(before) : "unassigned";
            changes.Add(assignee is null ? $"Unassigned (was {was})" : $"Assigned to {names.Person(assignee)} (was {was})");
        }

        Add(changes, "Priority", ticket.Priority.Text(), input.Priority.Text());
        if (input.CategoryId != ticket.CategoryId)
        {
            changes.Add($"Category: {names.Category(input.CategoryId)} (was {names.Category(ticket.CategoryId)})");
        }

        Add(changes, "Type", ticket.Type.Text(), input.Type.Text());
        Add(changes, "Source", ticket.Source.Text(), input.Source.Text());
        Add(changes, "Subject", Quoted(ticket.Subject), Quoted(input.Subject.Trim()));
        Add(changes, "Requester", Requester(ticket.RequesterName, ticket.RequesterEmail),
            Requester(input.RequesterName.Trim(), input.RequesterEmail.Trim()));
        if ((input.Description?.Trim() ?? "") != ticket.Description)
        {
            changes.Add("Description edited");
        }

        return changes;
    }

    /// <summary>The system note for one save: who, then each change on its own line.</summary>
    public static string NoteBody(string author, IReadOnlyList<string> changes) =>
        $"Changed by {author}:\n{string.Join("\n", changes)}";

    private static void Add(List<string> changes, string field, string was, string now)
    {
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            changes.Add($"{field}: {now} (was {was})");
        }
    }

    private static string Quoted(string text) => $"\u201c{text}\u201d";

    private static string Requester(string name, string email) => $"{name} <{email}>";
}
