using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Data;

/// <summary>
/// The copier reads the source through today's model, so the SQLite database must be at exactly this version's
/// migrations. The app brings it there at start-up; the copier only reads, so it asks for that start instead.
/// </summary>
internal static class SourceCheck
{
    public static async Task EnsureUpToDateAsync(DbContext source, string file, CancellationToken cancellationToken)
    {
        var pending = (await source.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new DatabaseCopyRefusedException(
                $"{file} is not up to date ({pending.Count} migration(s) to apply, from {pending[0]}). Start this version of BossRemote on it once, stop it, then copy. Nothing was written.");
        }

        var unknown = (await source.Database.GetAppliedMigrationsAsync(cancellationToken)).Except(source.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseCopyRefusedException(
                $"{file} was migrated by a newer BossRemote ({unknown[^1]}). Copy with the version the installation runs. Nothing was written.");
        }
    }
}
