using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Stop (SPEC §3.2): closes the case in TeamViewer, then in BossRemote with a note of start, end, duration and
/// connected time. When TeamViewer no longer accepts the token, it says so and offers "close in BossRemote only".
/// </summary>
public sealed class ServiceCaseStopper(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    ITeamViewerClient teamViewer,
    ITeamViewerTokenProvider tokens,
    ServiceCaseEnding ending,
    TimeProvider clock)
{
    public async Task<ServiceCaseResult> StopAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "stop remote sessions");
        var (open, actorName) = await LoadOpenCaseAsync(user, ticketNumber, cancellationToken);
        if (open is not { State: ServiceCaseState.Active, SessionCode: { } code })
        {
            return ServiceCaseResult.Fail(open is null ? ServiceCaseMessages.NoOpenCase : ServiceCaseMessages.Creating);
        }

        var (outcome, failure) = await teamViewer.CloseAsync(code, cancellationToken);
        switch (outcome)
        {
            case TeamViewerCloseOutcome.TokenRejected:
                return ServiceCaseResult.Fail(ServiceCaseMessages.Revoked, canCloseLocally: true);
            case TeamViewerCloseOutcome.Unsettled:
                return ServiceCaseResult.Fail(failure!.UserMessage);
        }

        var ended = await ending.EndAsync(open.Id, ServiceCaseEnding.Closed, clock.GetUtcNow().UtcDateTime, user, actorName, cancellationToken);
        return ServiceCaseResult.Success(ended);
    }

    /// <summary>
    /// Closes the case in BossRemote only. Allowed only while TeamViewer does not accept BossRemote's token (revoked,
    /// expired or removed), so it cannot be used to leave a live TeamViewer session behind.
    /// </summary>
    public async Task<ServiceCaseResult> CloseLocallyAsync(ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.WorkTickets, "close remote sessions");
        var (open, actorName) = await LoadOpenCaseAsync(user, ticketNumber, cancellationToken);
        if (open is not { State: ServiceCaseState.Active })
        {
            return ServiceCaseResult.Fail(open is null ? ServiceCaseMessages.NoOpenCase : ServiceCaseMessages.Creating);
        }

        try
        {
            var token = await tokens.GetTokenAsync(cancellationToken);
            if (token is not null && await teamViewer.PingAsync(token, cancellationToken))
            {
                return ServiceCaseResult.Fail("TeamViewer accepts BossRemote's token again: press Stop to close the case in TeamViewer too.");
            }
        }
        catch (TeamViewerException ex)
        {
            return ServiceCaseResult.Fail(ex.UserMessage);
        }

        var ended = await ending.EndAsync(open.Id, ServiceCaseEnding.ClosedLocally, clock.GetUtcNow().UtcDateTime, user, actorName, cancellationToken);
        return ServiceCaseResult.Success(ended);
    }

    private async Task<(ServiceCase? Open, string ActorName)> LoadOpenCaseAsync(
        ClaimsPrincipal user, int ticketNumber, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.ServiceCases.AsNoTracking()
            .Where(c => c.Ticket!.Number == ticketNumber && (c.State == ServiceCaseState.Pending || c.State == ServiceCaseState.Active))
            .SingleOrDefaultAsync(cancellationToken);
        return (open, await UserNames.DisplayNameAsync(db, user, cancellationToken));
    }
}
