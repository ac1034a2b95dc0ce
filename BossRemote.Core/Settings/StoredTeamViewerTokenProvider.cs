using BossRemote.Core.Data;
using BossRemote.Core.TeamViewer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Settings;

/// <summary>The token an admin connected on the setup page (or that configuration seeded), decrypted on use.</summary>
internal sealed class StoredTeamViewerTokenProvider(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    TeamViewerTokenProtector protector,
    ILogger<StoredTeamViewerTokenProvider> logger) : ITeamViewerTokenProvider
{
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var protectedToken = await db.TeamViewerSettings.AsNoTracking()
            .Where(s => s.Id == TeamViewerSettings.SingletonId)
            .Select(s => s.ProtectedToken)
            .SingleOrDefaultAsync(cancellationToken);
        if (protectedToken is null)
        {
            return null;
        }

        var token = protector.TryUnprotect(protectedToken);
        if (token is null)
        {
            logger.LogError("The stored TeamViewer token cannot be decrypted (was the Data Protection key ring lost?). Connect TeamViewer again.");
        }

        return token;
    }
}
