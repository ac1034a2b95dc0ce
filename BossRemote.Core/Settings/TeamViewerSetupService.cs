using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Settings;

/// <summary>
/// Settings ➜ Integrations ➜ TeamViewer (SPEC §3.1), admins only: connect a token (validated by ping before it is
/// saved, stored encrypted, never logged), group name and QuickSupport module, and revoke.
/// </summary>
public sealed class TeamViewerSetupService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    ITeamViewerClient teamViewer,
    ITeamViewerEndpointResolver endpoints,
    TeamViewerTokenProtector protector,
    ServiceCaseEnding ending,
    AuditLog audit,
    ITeamViewerConnectionPublisher connectionPublisher,
    IOptionsMonitor<TeamViewerOptions> options,
    TimeProvider clock,
    ILogger<TeamViewerSetupService> logger)
{
    public const int TokenMaxLength = 1000;

    public async Task<TeamViewerSetupView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view the TeamViewer setup");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.LoadTeamViewerSettingsAsync(cancellationToken);
        return new TeamViewerSetupView(settings.IsConnected, settings.MaskedToken, settings.GroupName, settings.CustomModuleId,
            options.CurrentValue.Mode, ApiAddress(), settings.ConnectedAt, settings.ConnectedByName);
    }

    /// <summary>Validates <paramref name="token"/> with <c>GET /ping</c> and stores it encrypted; nothing is saved otherwise.</summary>
    public async Task<OperationResult> ConnectAsync(ClaimsPrincipal user, string? token, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "connect TeamViewer");
        token = token?.Trim() ?? "";
        if (token.Length == 0)
        {
            return OperationResult.Fail("Paste the script token from the TeamViewer Management Console.");
        }

        if (token.Length > TokenMaxLength || token.Any(char.IsWhiteSpace))
        {
            return OperationResult.Fail("That does not look like a TeamViewer script token: it is one line of letters, digits and dashes.");
        }

        try
        {
            if (!await teamViewer.PingAsync(token, cancellationToken))
            {
                return OperationResult.Fail("TeamViewer did not accept this token (ping said token_valid: false). Check that you copied the whole script token and that it has not been revoked. Nothing was saved.");
            }
        }
        catch (TeamViewerException ex)
        {
            return OperationResult.Fail($"{ex.UserMessage} Nothing was saved.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await TrackedSettingsAsync(db, cancellationToken);
        var name = await TicketTimeline.AuthorNameAsync(db, user, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        settings.ProtectedToken = protector.Protect(token);
        settings.TokenHint = TeamViewerTokenProtector.HintFor(token);
        settings.ConnectedAt = now;
        settings.ConnectedByName = name;
        settings.UpdatedAt = now;
        audit.Add(db, user, name, AuditActions.TokenConnected, $"Connected a token ending in {settings.TokenHint}");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("TeamViewer token connected by {User}", name);
        await connectionPublisher.PublishConnectionChangedAsync(cancellationToken);
        return OperationResult.Success;
    }

    public async Task<OperationResult> SaveOptionsAsync(
        ClaimsPrincipal user, string? groupName, string? customModuleId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change the TeamViewer setup");
        groupName = groupName?.Trim() ?? "";
        customModuleId = string.IsNullOrWhiteSpace(customModuleId) ? null : customModuleId.Trim();
        if (groupName.Length is 0 or > TeamViewerSettings.GroupNameMaxLength)
        {
            return OperationResult.Fail($"The group name is required and at most {TeamViewerSettings.GroupNameMaxLength} characters.");
        }

        if (customModuleId is { Length: > TeamViewerSettings.CustomModuleIdMaxLength } || (customModuleId?.Any(char.IsWhiteSpace) ?? false))
        {
            return OperationResult.Fail($"The QuickSupport module id is one word of at most {TeamViewerSettings.CustomModuleIdMaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await TrackedSettingsAsync(db, cancellationToken);
        settings.GroupName = groupName;
        settings.CustomModuleId = customModuleId;
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(db, user, await TicketTimeline.AuthorNameAsync(db, user, cancellationToken), AuditActions.SettingsChanged,
            $"Group name {groupName}; QuickSupport module {customModuleId ?? "(TeamViewer default)"}");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    /// <summary>The open cases a revoke would strand, newest first.</summary>
    public async Task<IReadOnlyList<ActiveCaseSummary>> ListActiveCasesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "view active TeamViewer cases");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceCases.AsNoTracking()
            .Where(c => c.State == ServiceCaseState.Active || c.State == ServiceCaseState.Pending)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new ActiveCaseSummary(c.Id, c.Ticket!.Number, c.Ticket.Subject, c.SessionCode, c.CreatedByName, c.CreatedAt, c.ValidUntil))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Removes the token so another admin can connect their own account. With <paramref name="closeActiveCases"/>,
    /// every active case is first closed in TeamViewer (or in BossRemote only when TeamViewer refuses).
    /// </summary>
    public async Task<OperationResult> RevokeAsync(ClaimsPrincipal user, bool closeActiveCases, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "revoke TeamViewer access");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await TicketTimeline.AuthorNameAsync(db, user, cancellationToken);
        var closed = closeActiveCases ? await CloseActiveCasesAsync(user, name, cancellationToken) : 0;

        var settings = await TrackedSettingsAsync(db, cancellationToken);
        var hint = settings.TokenHint;
        settings.ProtectedToken = null;
        settings.TokenHint = null;
        settings.ConnectedAt = null;
        settings.ConnectedByName = null;
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(db, user, name, AuditActions.TokenRevoked,
            $"Revoked the token ending in {hint ?? "?"}; closed {closed} active case(s) first");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("TeamViewer access revoked by {User}; {Count} case(s) closed first", name, closed);
        await connectionPublisher.PublishConnectionChangedAsync(cancellationToken);
        return OperationResult.Success;
    }

    private async Task<int> CloseActiveCasesAsync(ClaimsPrincipal user, string name, CancellationToken cancellationToken)
    {
        var closed = 0;
        foreach (var active in (await ListActiveCasesAsync(user, cancellationToken)).Where(c => c.SessionCode is not null))
        {
            var outcome = ServiceCaseEnding.Closed;
            try
            {
                await teamViewer.CloseSessionAsync(active.SessionCode!, cancellationToken);
            }
            catch (TeamViewerException ex) when (ex.Kind != TeamViewerErrorKind.NotFound)
            {
                outcome = ServiceCaseEnding.ClosedLocally;
            }

            await ending.EndAsync(active.Id, outcome, clock.GetUtcNow().UtcDateTime, user, name, cancellationToken);
            closed++;
        }

        return closed;
    }

    private static async Task<TeamViewerSettings> TrackedSettingsAsync(BossRemoteDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.TeamViewerSettings.SingleOrDefaultAsync(s => s.Id == TeamViewerSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new TeamViewerSettings();
            db.TeamViewerSettings.Add(settings);
        }

        return settings;
    }

    private string ApiAddress()
    {
        try
        {
            return endpoints.GetBaseUrl();
        }
        catch (TeamViewerException ex)
        {
            return ex.UserMessage;
        }
    }
}
