using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Revoke app access (SPEC §3.1) as the admin sees it: the open cases a revoke would strand, and — if asked — closing
/// them in TeamViewer before the token is forgotten. A case ends in BossRemote only by the rule Stop follows
/// (<see cref="ServiceCase.EndingAfterClose"/>); when TeamViewer cannot settle one, nothing is revoked.
/// </summary>
public sealed class TeamViewerAccessRevocation(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    ITeamViewerClient teamViewer,
    ServiceCaseEnding ending,
    TeamViewerSetupService setup,
    TimeProvider clock)
{
    /// <summary>The open cases a revoke would strand, newest first.</summary>
    public async Task<IReadOnlyList<ActiveCaseSummary>> ListActiveCasesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view active TeamViewer cases");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceCases.AsNoTracking()
            .Where(ServiceCase.Open)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new ActiveCaseSummary(c.Id, c.Ticket!.Number, c.Ticket.Subject, c.SessionCode, c.CreatedByName, c.CreatedAt, c.ValidUntil))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets the token. With <paramref name="closeActiveCases"/>, every active case is first closed in TeamViewer (or
    /// in BossRemote only when TeamViewer refuses the token); if TeamViewer leaves any unsettled, the token stays.
    /// </summary>
    public async Task<OperationResult> RevokeAsync(ClaimsPrincipal user, bool closeActiveCases, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "revoke TeamViewer access");
        var closed = 0;
        var unsettled = new List<string>();
        if (closeActiveCases)
        {
            string name;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                name = await UserNames.DisplayNameAsync(db, user, cancellationToken);
            }

            foreach (var active in (await ListActiveCasesAsync(user, cancellationToken)).Where(c => c.SessionCode is not null))
            {
                var (outcome, failure) = await teamViewer.CloseAsync(active.SessionCode!, cancellationToken);
                if (ServiceCase.EndingAfterClose(outcome) is not { } how)
                {
                    unsettled.Add($"{active.SessionCode} ({failure!.UserMessage})");
                    continue;
                }

                await ending.EndAsync(active.Id, how, clock.GetUtcNow().UtcDateTime, user, name, cancellationToken);
                closed++;
            }
        }

        if (unsettled.Count > 0)
        {
            return OperationResult.Fail(
                $"TeamViewer did not confirm closing {string.Join(", ", unsettled)}. Those cases are still open and the token was not revoked; try again in a moment.");
        }

        return await setup.RevokeAsync(user, closed, cancellationToken);
    }
}
