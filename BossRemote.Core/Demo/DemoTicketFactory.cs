using BossRemote.Core.Tickets;

namespace BossRemote.Core.Demo;

/// <summary>Builds a believable, repeatable spread of tickets (a fixed seed makes every demo the same).</summary>
internal sealed class DemoTicketFactory(
    IReadOnlyList<TicketCategory> categories,
    IReadOnlyList<(string Id, string Name)> technicians,
    DateTime now)
{
    public const int TicketCount = 300;

    /// <summary>How far back the demo goes: six months, so the session report has a history (see DemoSessionHistoryFactory).</summary>
    public const int HistoryDays = 183;
    private readonly Random _random = new(20261125);

    public IEnumerable<Ticket> Create()
    {
        for (var i = 0; i < TicketCount; i++)
        {
            yield return CreateTicket(TicketEditor.FirstNumber + i);
        }
    }

    private Ticket CreateTicket(int number)
    {
        var category = categories[_random.Next(categories.Count)];
        var subjects = DemoTicketText.Subjects.TryGetValue(category.Name, out var known) ? known : DemoTicketText.Subjects["Support"];
        var requester = Pick(DemoTicketText.Requesters);
        // Spread over the last six months; numbers follow creation order.
        var ageDays = (double)HistoryDays * (TicketCount - (number - TicketEditor.FirstNumber)) / TicketCount;
        var created = now.AddDays(-ageDays).AddMinutes(-_random.Next(0, 600));
        var status = PickStatus(ageDays);
        var technician = _random.NextDouble() < 0.12 && status == TicketStatus.Open ? ((string Id, string Name)?)null : Pick(technicians);

        var ticket = new Ticket
        {
            Number = number,
            Subject = Pick(subjects),
            Description = Pick(DemoTicketText.Descriptions),
            RequesterName = requester.Name,
            RequesterEmail = requester.Email,
            CategoryId = category.Id,
            Type = Pick(Enum.GetValues<TicketType>()),
            Priority = PickPriority(),
            Source = Pick(Enum.GetValues<TicketSource>()),
            Status = TicketStatus.Open,
            AssignedTechnicianId = technician?.Id,
            CreatedAt = created,
            UpdatedAt = created,
        };

        var at = created;
        if (technician is { } tech)
        {
            // Distinct notes: a timeline that repeats itself looks like a bug.
            foreach (var body in DemoTicketText.Notes.OrderBy(_ => _random.Next()).Take(_random.Next(0, 3)))
            {
                at = Later(at);
                ticket.Notes.Add(new TicketNote
                {
                    Kind = TicketNoteKind.Technician, AuthorId = tech.Id, AuthorName = tech.Name, Body = body, CreatedAt = at,
                });
            }
        }

        if (status != TicketStatus.Open)
        {
            at = Later(at);
            ticket.Notes.Add(TicketTimeline.NewSystemNote(
                $"Status changed from Open to {status.Text()} by {technician?.Name ?? "BossRemote"}.", at));
            ticket.Status = status;
            ticket.ClosedAt = status == TicketStatus.Closed ? at : null;
        }

        ticket.UpdatedAt = at;
        return ticket;
    }

    private DateTime Later(DateTime at)
    {
        var next = at.AddMinutes(_random.Next(20, 2880));
        return next < now ? next : now.AddMinutes(-_random.Next(1, 30));
    }

    private TicketStatus PickStatus(double ageDays)
    {
        var roll = _random.NextDouble();
        return ageDays > 14
            ? roll switch { < 0.65 => TicketStatus.Closed, < 0.85 => TicketStatus.Resolved, < 0.93 => TicketStatus.OnHold, _ => TicketStatus.InProgress }
            : roll switch { < 0.35 => TicketStatus.Open, < 0.65 => TicketStatus.InProgress, < 0.75 => TicketStatus.OnHold, < 0.9 => TicketStatus.Resolved, _ => TicketStatus.Closed };
    }

    private TicketPriority PickPriority() => _random.NextDouble() switch
    {
        < 0.08 => TicketPriority.Urgent,
        < 0.30 => TicketPriority.High,
        < 0.75 => TicketPriority.Medium,
        _ => TicketPriority.Low,
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
