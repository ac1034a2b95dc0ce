using BossRemote.Core.Common;
using BossRemote.Core.Data;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BossRemote.Web.Jobs;

/// <summary>
/// Creates or upgrades Hangfire's tables (schema <c>hangfire</c>) on PostgreSQL, as a start-up step: it runs once the
/// server answers, and Hangfire's installer takes a lock, so instances starting together do not trip over each other.
/// </summary>
internal sealed class PostgresJobStoreSchema(
    IOptions<DatabaseOptions> database,
    IConfiguration configuration,
    DataDirectory dataDirectory) : IStartupStep
{
    public int Order => 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(DatabaseProviderExtensions.ConnectionString(database.Value, configuration, dataDirectory));
        await connection.OpenAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, JobsSetup.PostgresSchema);
    }
}
