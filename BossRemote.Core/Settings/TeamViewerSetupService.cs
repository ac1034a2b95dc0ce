using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Settings;

/// <summary>
/// Settings ➜ Integrations ➜ TeamViewer (SPEC §3.1), admins only: connect a token (validated before it is saved: ping
/// and a harmless read per permission, <see cref="TeamViewerTokenCheck"/>; stored encrypted, never logged), group name and QuickSupport module, and forgetting the token. Closing the
/// open cases before a revoke is the service cases' business (their <c>TeamViewerAccessRevocation</c>).
/// </summary>
public sealed class TeamViewerSetupService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    ITeamViewerClient teamViewer,
    ITeamViewerEndpointResolver endpoints,
    TeamViewerTokenProtector protector,
    AuditLog audit,
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

    /// <summary>
    /// Validates <paramref name="token"/> (ping, then reads that need Session management and Connection reports) and
    /// stores it encrypted; nothing is saved otherwise, and the error names the missing permission, the expiry or the rate limit.
    /// </summary>
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
            if (await TeamViewerTokenCheck.FindProblemAsync(teamViewer, token, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } problem)
            {
                return OperationResult.Fail($"{problem} Nothing was saved.");
            }
        }
        catch (TeamViewerException ex)
        {
            return OperationResult.Fail($"{ex.UserMessage} Nothing was saved.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await TrackedSettingsAsync(db, cancellationToken);
        var name = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        settings.Connect(protector.Protect(token), TeamViewerTokenProtector.HintFor(token), name, clock.GetUtcNow().UtcDateTime);
        audit.Add(db, user, name, AuditActions.TokenConnected, $"Connected a token ending in {settings.TokenHint}");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("TeamViewer token connected by {User}", name);
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
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.SettingsChanged,
            $"Group name {groupName}; QuickSupport module {customModuleId ?? "(TeamViewer default)"}");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    /// <summary>Forgets the token so another admin can connect their own account; open cases are left as they are.</summary>
    /// <param name="closedFirst">How many open cases the caller closed first, for the audit trail.</param>
    public async Task<OperationResult> RevokeAsync(ClaimsPrincipal user, int closedFirst, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "revoke TeamViewer access");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        var settings = await TrackedSettingsAsync(db, cancellationToken);
        var hint = settings.TokenHint;
        settings.Revoke(clock.GetUtcNow().UtcDateTime);
        audit.Add(db, user, name, AuditActions.TokenRevoked, $"Revoked the token ending in {hint ?? "?"}; closed {closedFirst} active case(s) first");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("TeamViewer access revoked by {User}; {Count} case(s) closed first", name, closedFirst);
        return OperationResult.Success;
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
