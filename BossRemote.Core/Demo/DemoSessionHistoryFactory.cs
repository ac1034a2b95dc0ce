using System.Globalization;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;

namespace BossRemote.Core.Demo;

/// <summary>
/// Six months of remote sessions for the demo technicians, so the session report has something to show on the first
/// run: on working days each technician runs a few sessions (minutes to an hour or two, now and then one that expired
/// unstopped), each on a demo ticket that was open at the time — preferably their own. A fixed seed makes every demo
/// the same.
/// </summary>
internal sealed class DemoSessionHistoryFactory(
    IReadOnlyList<Ticket> tickets,
    IReadOnlyList<(string Id, string Name)> technicians,
    DateTime now)
{
    private readonly Random _random = new(20260601);

    public List<(ServiceCase Case, Ticket Ticket)> Create()
    {
        var cases = new List<(ServiceCase, Ticket)>();
        for (var day = now.Date.AddDays(-DemoTicketFactory.HistoryDays); day < now.Date; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            foreach (var technician in technicians)
            {
                var sessions = weekend ? (_random.NextDouble() < 0.05 ? 1 : 0) : _random.Next(0, 4);
                for (var s = 0; s < sessions; s++)
                {
                    if (NewCase(technician, day.AddMinutes(_random.Next(7 * 60, 17 * 60)).AddSeconds(_random.Next(60))) is { } c)
                    {
                        cases.Add(c);
                    }
                }
            }
        }

        return cases;
    }

    private (ServiceCase, Ticket)? NewCase((string Id, string Name) technician, DateTime start)
    {
        var expired = _random.NextDouble() < 0.08;
        var end = expired ? start.AddHours(24) : start.AddSeconds(DurationSeconds());
        var open = tickets.Where(t => t.CreatedAt < start && end < LifeEnd(t)).ToList();
        var own = open.Where(t => t.AssignedTechnicianId == technician.Id).ToList();
        var candidates = own.Count > 0 && _random.NextDouble() < 0.8 ? own : open;
        if (candidates.Count == 0)
        {
            return null;
        }

        var ticket = candidates[_random.Next(candidates.Count)];
        var digits = _random.Next(0, 1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture);
        var attempt = new byte[16];
        _random.NextBytes(attempt);
        var serviceCase = new ServiceCase
        {
            State = expired ? ServiceCaseState.Expired : ServiceCaseState.Closed,
            SessionCode = $"s{digits[..3]}-{digits[3..6]}-{digits[6..]}",
            SupporterLink = $"https://get.teamviewer.com/v15/s{digits}-{Convert.ToHexString(attempt)[..12]}",
            CustomerLink = $"https://get.teamviewer.com/v15/s{digits}",
            Reference = ServiceCase.ReferenceFor(ticket.Number, new Guid(attempt)),
            CreatedById = technician.Id,
            CreatedByName = technician.Name,
            CreatedAt = start,
            ValidUntil = start.AddHours(24),
            EndedAt = end,
            DurationTicks = (end - start).Ticks,
            EndedByName = expired ? TicketTimeline.SystemAuthorName : technician.Name,
            ConnectedSeconds = !expired && _random.NextDouble() < 0.65 ? (int)((end - start).TotalSeconds * (0.55 + _random.NextDouble() * 0.4)) : null,
            Version = 2,
        };
        return (serviceCase, ticket);
    }

    /// <summary>Until when a ticket could host a session: closed and resolved tickets stop at their last change.</summary>
    private DateTime LifeEnd(Ticket ticket) =>
        ticket.Status is TicketStatus.Closed or TicketStatus.Resolved ? ticket.UpdatedAt : now;

    /// <summary>Most sessions take 8 to 40 minutes; a few run to two hours; none is under three minutes.</summary>
    private int DurationSeconds()
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return (int)Math.Clamp(Math.Exp(Math.Log(18 * 60) + 0.7 * normal), 180, 7200);
    }
}
