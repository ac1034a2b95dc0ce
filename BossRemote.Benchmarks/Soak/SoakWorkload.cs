using BossRemote.Core.Data;
using BossRemote.Core.ServiceCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The technicians, one step of the soak's clock at a time: they press Play (now and then twice at once) and Stop
/// through the product's own services, and decide when each case should end — by Stop, by expiry, or in TeamViewer
/// (<see cref="SoakTeamViewerSide"/>). What each widget shows is read from the database, as the page does. Every
/// choice comes from one seeded <see cref="Random"/>.
/// </summary>
internal sealed class SoakWorkload(IReadOnlyList<SoakTicket> tickets, SoakSettings settings, TimeProvider clock, Random random, SoakJournal journal)
{
    private readonly SoakTeamViewerSide _teamViewerSide = new(clock, journal);

    /// <summary>What the product threw at a technician instead of answering: each is a discrepancy.</summary>
    public List<string> UnexpectedErrors { get; } = [];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task StepAsync(SoakApp app, bool creating)
    {
        await RefreshAsync(app);
        if (creating)
        {
            for (var plays = Poisson(settings.PlaysPerMinute * settings.Tick.TotalMinutes); plays > 0; plays--)
            {
                var idle = tickets.Where(t => t.IsIdle).ToList();
                if (idle.Count > 0)
                {
                    await PlayAsync(app, idle[random.Next(idle.Count)], twice: random.NextDouble() < 0.03);
                }
            }
        }

        foreach (var ticket in tickets.Where(t => t.PlayAgainAt <= Now).ToList())
        {
            await PlayAsync(app, ticket, twice: false);
        }

        foreach (var ticket in tickets.Where(t => t.CaseId is not null && t.ActAt <= Now).ToList())
        {
            await ActAsync(app, ticket);
        }

        await _teamViewerSide.CustomersAsync(app, tickets);
    }

    /// <summary>Each widget shows its ticket's open case, whoever created or ended it (a job, a reconciliation).</summary>
    private async Task RefreshAsync(SoakApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync(app.Lifetime);
        var open = await db.ServiceCases.AsNoTracking()
            .Where(c => c.State == ServiceCaseState.Active)
            .Select(c => new { c.Ticket!.Number, c.Id, c.SessionCode })
            .ToDictionaryAsync(c => c.Number, app.Lifetime);
        foreach (var ticket in tickets)
        {
            var shown = open.GetValueOrDefault(ticket.Number);
            if (ticket.CaseId is { } known && shown?.Id != known)
            {
                ticket.Forget();
            }

            if (ticket.CaseId is null && shown is not null)
            {
                Learn(ticket, shown.Id, shown.SessionCode!);
            }
        }
    }

    private async Task PlayAsync(SoakApp app, SoakTicket ticket, bool twice)
    {
        Task<ServiceCaseResult> Start() => app.WithAsync<ServiceCaseStarter, ServiceCaseResult>((s, ct) => s.StartAsync(ticket.Technician, ticket.Number, ct));
        journal.Count(twice ? "Play pressed twice at once" : "Play pressed");
        ticket.PlayAgainAt = Now + settings.Tick; // until the widget shows the case
        ServiceCaseResult result;
        try
        {
            var results = twice ? await Task.WhenAll(Start(), Start()) : [await Start()];
            result = results.FirstOrDefault(r => r.Case?.State == ServiceCaseState.Active) ?? results[0];
        }
        catch (Exception ex) when (!app.Crashed)
        {
            Unexpected($"Play on #{ticket.Number}", ex);
            return;
        }

        if (result.Case is { State: ServiceCaseState.Active, SessionCode: { } code } active)
        {
            Learn(ticket, active.Id, code);
        }
        else if (result.Succeeded || result.Error == ServiceCaseMessages.CreateUnconfirmed)
        {
            journal.Count("Play answered: being created / not yet confirmed");
        }
        else
        {
            journal.Count($"Play refused: {result.Error}");
            ticket.PlayAgainAt = null; // the technician tries another ticket; this one gets its turn again later
        }
    }

    private void Learn(SoakTicket ticket, long caseId, string code)
    {
        ticket.Forget();
        (ticket.CaseId, ticket.Code) = (caseId, code);
        var roll = random.NextDouble();
        (ticket.Plan, ticket.ActAt) = roll switch
        {
            < 0.70 => (SoakPlan.Stop, Now + Minutes(2, 120)),
            < 0.73 => (SoakPlan.StopTooLate, Now + Minutes(24.5 * 60, 30 * 60)),
            < 0.82 => (SoakPlan.Expire, DateTime.MaxValue),
            < 0.91 => (SoakPlan.CloseInTeamViewer, Now + Minutes(5, 120)),
            _ => (SoakPlan.DeleteInTeamViewer, Now + Minutes(5, 120)),
        };
        ticket.PressTwice = random.NextDouble() < 0.05;
        if (random.NextDouble() < 0.6)
        {
            ticket.JoinAt = Now + Minutes(1, 20);
            ticket.LeaveAt = ticket.JoinAt + Minutes(1, 30);
        }
    }

    private async Task ActAsync(SoakApp app, SoakTicket ticket)
    {
        switch (ticket.Plan)
        {
            case SoakPlan.Stop or SoakPlan.StopTooLate:
                await StopAsync(app, ticket);
                if (ticket.CaseId is not null && ticket.PressTwice)
                {
                    await StopAsync(app, ticket);
                }

                break;
            case SoakPlan.CloseInTeamViewer or SoakPlan.DeleteInTeamViewer:
                await _teamViewerSide.CloseInConsoleAsync(app, ticket);
                break;
        }
    }

    private async Task StopAsync(SoakApp app, SoakTicket ticket)
    {
        journal.Count("Stop pressed");
        ServiceCaseResult result;
        try
        {
            result = await app.WithAsync<ServiceCaseStopper, ServiceCaseResult>((s, ct) => s.StopAsync(ticket.Technician, ticket.Number, ct));
        }
        catch (Exception ex) when (!app.Crashed)
        {
            Unexpected($"Stop on #{ticket.Number}", ex);
            ticket.ActAt = Now + settings.Tick;
            return;
        }

        if (result is { Succeeded: true, Case: { } stopped })
        {
            journal.ConfirmedStops[stopped.Id] = stopped.State == ServiceCaseState.Closed;
            ticket.PressTwice = false;
            return;
        }

        journal.Count($"Stop refused: {result.Error}");
        if (result.Error == ServiceCaseMessages.NoOpenCase)
        {
            ticket.Forget();
        }
        else
        {
            ticket.ActAt = Now + settings.Tick; // TeamViewer did not confirm: press again in a moment
        }
    }

    private void Unexpected(string what, Exception ex)
    {
        journal.Count("Unexpected errors");
        UnexpectedErrors.Add($"{Now:MM-dd HH:mm:ss} {what} threw {ex.GetType().Name}: {ex.Message}");
    }

    private TimeSpan Minutes(double from, double to) => TimeSpan.FromMinutes(from + random.NextDouble() * (to - from));

    /// <summary>Knuth's method: fine for the small rates of one step.</summary>
    private int Poisson(double mean)
    {
        var (limit, product, count) = (Math.Exp(-mean), random.NextDouble(), 0);
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }
}
