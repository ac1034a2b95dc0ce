using BossRemote.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BossRemote.Core.Data;

/// <summary>The one place that knows which database engine is in use (ADR-003).</summary>
public static class DatabaseProviderExtensions
{
    public const string DefaultSqliteFileName = "bossremote.db";

    public static DbContextOptionsBuilder UseBossRemoteDatabase(
        this DbContextOptionsBuilder builder,
        DatabaseOptions options,
        IConfiguration configuration,
        DataDirectory dataDirectory)
    {
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(
                string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={dataDirectory.PathFor(DefaultSqliteFileName)}"
                    : connectionString),
            _ => throw new NotSupportedException(
                $"Database provider '{options.Provider}' is not available in this version; use Sqlite."),
        };
    }
}
