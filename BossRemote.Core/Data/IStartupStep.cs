namespace BossRemote.Core.Data;

/// <summary>
/// Something the app needs of its database before it serves (a migration of another schema, the job store's tables,
/// the recurring jobs), run by <see cref="DatabaseInitializer"/> after the help desk's migrations and before the
/// seeders; again after an outage at start-up, so every step must be safe to run twice.
/// </summary>
public interface IStartupStep
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
