namespace BossRemote.Core.Data;

/// <summary>Settings under <c>Database</c> (environment form <c>Database__Provider</c>); SPEC §5.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "BossRemote";

    /// <summary><c>Sqlite</c> (one machine, the default) or <c>Postgres</c> (ADR-012).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
