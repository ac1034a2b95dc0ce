using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// This installation's simulator key (ADR-017): the app's own TeamViewer client sends it in <see cref="HeaderName"/>
/// with every call, and the simulator's API answers 404 to any call without it, so the built-in simulator is not an
/// open API for whoever can reach the app. Made once (the first start in Simulator mode) and kept in the simulator's
/// database, so every instance of the installation agrees; read once per process.
/// </summary>
public sealed class SimulatorInstallationKey(IDbContextFactory<SimulatorDbContext> dbFactory, TimeProvider clock)
{
    public const string HeaderName = "X-BossRemote-Simulator-Key";

    private const int KeyBytes = 32;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile string? _key;

    /// <summary>The key, made and stored now when this installation has none yet.</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_key is { } key)
        {
            return key;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Whether a call presented this installation's key (compared in constant time).</summary>
    public async ValueTask<bool> IsValidAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var key = await GetAsync(cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key));
    }

    private async Task<string> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await StoredAsync(db, cancellationToken) is { } stored)
        {
            return stored;
        }

        // Instances starting together take the simulator's write lock, so exactly one of them makes the key.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForWriteAsync(SimulatorDbContext.WriteLock, cancellationToken);
        if (await StoredAsync(db, cancellationToken) is { } made)
        {
            return made;
        }

        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));
        db.Installation.Add(new SimulatorInstallation { Key = key, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    private static Task<string?> StoredAsync(SimulatorDbContext db, CancellationToken cancellationToken) =>
        db.Installation.AsNoTracking().Where(i => i.Id == SimulatorInstallation.SingletonId).Select(i => i.Key).SingleOrDefaultAsync(cancellationToken);
}
