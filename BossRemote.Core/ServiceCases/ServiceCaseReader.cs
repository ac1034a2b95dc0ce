using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.ServiceCases;

/// <summary>Reads what the TeamViewer widget on a ticket shows (SPEC §3.2).</summary>
public sealed class ServiceCaseReader(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    IOptionsMonitor<TeamViewerOptions> options,
    SharedReads sharedReads,
    TimeProvider clock)
{
    public async Task<TeamViewerWidgetModel> GetWidgetAsync(ClaimsPrincipal user, int ticketId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.ReadTickets, "view tickets");
        var canOperate = await access.IsAllowedAsync(user, Policies.WorkTickets);

        // Every open page of a ticket re-reads its widget when it changes: those reads share one round trip.
        var model = await sharedReads.ReadAsync((nameof(GetWidgetAsync), ticketId), () => LoadWidgetAsync(ticketId), cancellationToken);
        return model with { CanOperate = canOperate };
    }

    private async Task<TeamViewerWidgetModel> LoadWidgetAsync(int ticketId)
    {
        var cancellationToken = CancellationToken.None; // shared by several callers (SharedReads)
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == ticketId)
            .Select(t => new { Closed = t.Status == TicketStatus.Closed, HasEmail = t.RequesterEmail != "" })
            .SingleOrDefaultAsync(cancellationToken);
        var cases = await db.ServiceCases.AsNoTracking()
            .Where(c => c.TicketId == ticketId && c.State != ServiceCaseState.Cancelled)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(2)
            .ToListAsync(cancellationToken);

        // An active case past its valid-until is shown as expired even before the expiry job has run.
        var now = clock.GetUtcNow().UtcDateTime;
        var views = cases.Select(c => c.IsOverdue(now)
            ? ServiceCaseView.From(c) with { State = ServiceCaseState.Expired, EndedAt = c.ValidUntil, CustomerOnline = false }
            : ServiceCaseView.From(c)).ToList();
        var current = views.FirstOrDefault(v => v.State is ServiceCaseState.Pending or ServiceCaseState.Active);
        var last = views.FirstOrDefault(v => v.State is ServiceCaseState.Closed or ServiceCaseState.Expired);
        var pending = cases.FirstOrDefault(c => c.State == ServiceCaseState.Pending);
        var requestTimeout = options.CurrentValue.RequestTimeout;

        var state = current?.State switch
        {
            ServiceCaseState.Active => TeamViewerWidgetState.Active,
            ServiceCaseState.Pending when pending!.IsStalePending(now, requestTimeout) => TeamViewerWidgetState.Unconfirmed,
            ServiceCaseState.Pending => TeamViewerWidgetState.Creating,
            _ => (await db.LoadTeamViewerSettingsAsync(cancellationToken)).IsConnected ? TeamViewerWidgetState.Ready : TeamViewerWidgetState.NotConfigured,
        };
        return new TeamViewerWidgetModel(state, current, last, CanOperate: false, ticket?.Closed ?? false, ticket?.HasEmail ?? false,
            state == TeamViewerWidgetState.Creating ? pending!.StaleAt(requestTimeout) : null);
    }
}
