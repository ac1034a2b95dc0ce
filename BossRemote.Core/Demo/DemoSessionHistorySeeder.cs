using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Demo;

/// <summary>
/// With <c>Seed__Demo</c> on: six months of closed and expired TeamViewer sessions (<see cref="DemoSessionHistoryFactory"/>)
/// with their system notes, after the demo tickets exist. Runs only while no case has ever ended, so it never adds a
/// second history and never touches a database in real use.
/// </summary>
internal sealed class DemoSessionHistorySeeder(
    IOptions<SeedOptions> options,
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    TimeProvider clock,
    ILogger<DemoSessionHistorySeeder> logger) : IDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!options.Value.Demo
            || await db.ServiceCases.AnyAsync(c => c.State == ServiceCaseState.Closed || c.State == ServiceCaseState.Expired, cancellationToken)
            || !await db.Tickets.AnyAsync(cancellationToken))
        {
            return;
        }

        var emails = DemoUsers.All.Where(u => u.Role == Roles.Technician).Select(u => u.Email.ToUpperInvariant()).ToList();
        var technicians = await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!))
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        if (technicians.Count == 0)
        {
            return;
        }

        // Tracked: each session adds notes to its ticket and may move the ticket's "updated" time.
        var tickets = await db.Tickets.ToListAsync(cancellationToken);
        var sessions = new DemoSessionHistoryFactory(
            tickets, [.. technicians.Select(t => (t.Id, t.DisplayName))], clock.GetUtcNow().UtcDateTime).Create();
        foreach (var (serviceCase, ticket) in sessions)
        {
            serviceCase.Ticket = ticket;
            db.ServiceCases.Add(serviceCase);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The notes name their case, so they follow once the cases have ids.
        foreach (var (serviceCase, ticket) in sessions)
        {
            ticket.Notes.Add(TicketTimeline.NewSystemNote(ServiceCaseNotes.Started(serviceCase), serviceCase.CreatedAt, serviceCase.Id));
            var ended = serviceCase.State == ServiceCaseState.Expired ? ServiceCaseNotes.Expired(serviceCase) : ServiceCaseNotes.Closed(serviceCase);
            ticket.Notes.Add(TicketTimeline.NewSystemNote(ended, serviceCase.EndedAt!.Value, serviceCase.Id));
            if (serviceCase.EndedAt > ticket.UpdatedAt)
            {
                ticket.UpdatedAt = serviceCase.EndedAt.Value;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data: created {Count} past TeamViewer sessions", sessions.Count);
    }
}
