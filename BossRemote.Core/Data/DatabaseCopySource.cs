using BossRemote.Core.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace BossRemote.Core.Data;

/// <summary>The SQLite installation to copy: the help desk's database and the TeamViewer simulator's own file.</summary>
public sealed record DatabaseCopySource(string HelpDeskConnectionString, string SimulatorConnectionString)
{
    /// <summary>Where the app itself would find its databases with this configuration (SPEC §5).</summary>
    public static DatabaseCopySource FromConfiguration(DatabaseOptions options, IConfiguration configuration, DataDirectory dataDirectory)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new DatabaseCopyRefusedException(
                $"This installation already runs on {options.Provider} (Database__Provider): there is no SQLite database to copy. Run the command with the settings the app uses on SQLite.");
        }

        return new DatabaseCopySource(
            DatabaseProviderExtensions.ConnectionString(options, configuration, dataDirectory),
            DatabaseProviderExtensions.SimulatorConnectionString(options, configuration, dataDirectory));
    }

    /// <summary>The help desk's database file.</summary>
    public string HelpDeskFile => FileOf(HelpDeskConnectionString);

    /// <summary>The simulator's database file.</summary>
    public string SimulatorFile => FileOf(SimulatorConnectionString);

    /// <summary>The same database opened read-only: the copy never changes the installation it copies.</summary>
    internal static string ReadOnly(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();

    private static string FileOf(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
}
