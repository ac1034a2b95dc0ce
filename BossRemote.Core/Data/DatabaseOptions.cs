namespace BossRemote.Core.Data;

/// <summary>Settings under <c>Database</c> (environment form <c>Database__Provider</c>).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "BossRemote";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
