using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The simulator's own database (<see cref="FileName"/> in the data folder): it stands in for TeamViewer's servers,
/// so it shares nothing with the help desk's database (ADR-007). Create one per operation through <c>IDbContextFactory</c>.
/// </summary>
public sealed class SimulatorDbContext(DbContextOptions<SimulatorDbContext> options) : DbContext(options)
{
    public const string FileName = DatabaseProviderExtensions.SimulatorSqliteFileName;

    /// <summary>
    /// Every write transaction of the simulator takes this lock first, so its check-then-write rules (unique codes and
    /// group names, the open-session limit) hold with several app instances on PostgreSQL as they do on SQLite.
    /// </summary>
    public const string WriteLock = "teamviewer-simulator";

    public DbSet<SimulatedSession> Sessions => Set<SimulatedSession>();

    public DbSet<SimulatedGroup> Groups => Set<SimulatedGroup>();

    public DbSet<SimulatedConnectionReport> ConnectionReports => Set<SimulatedConnectionReport>();

    /// <summary>One row: this installation's <see cref="SimulatorInstallationKey"/>.</summary>
    public DbSet<SimulatorInstallation> Installation => Set<SimulatorInstallation>();

    /// <summary>Whether an EF configuration class belongs to this context (and not to <see cref="BossRemoteDbContext"/>).</summary>
    public static bool OwnsConfiguration(Type type) => type.Namespace == typeof(SimulatorDbContext).Namespace;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(DatabaseProviderExtensions.SimulatorSchemaFor(Database));
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SimulatorDbContext).Assembly, OwnsConfiguration);
        DatabaseProviderExtensions.KeepSqliteNoCaseCollation(Database, modelBuilder.Entity<SimulatedGroup>().Property(g => g.Name));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
