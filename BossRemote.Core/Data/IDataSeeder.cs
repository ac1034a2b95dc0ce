namespace BossRemote.Core.Data;

/// <summary>Fills the database at start-up after migrations; must be safe to run on every start.</summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
