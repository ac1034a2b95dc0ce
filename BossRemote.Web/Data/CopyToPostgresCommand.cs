using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Data.KeyRing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BossRemote.Web.Data;

/// <summary>
/// <c>dotnet run --project BossRemote.Web -- copy-to-postgres "Host=…;Database=…;Username=…;Password=…"</c> copies this
/// SQLite installation into an empty PostgreSQL database (ADR-013). The source comes from the configuration the app
/// itself starts with (data folder, <c>ConnectionStrings__BossRemote</c>, appsettings, environment, user secrets, and
/// any <c>--Key=value</c> after the connection string), so an operator runs it beside the stopped installation.
/// </summary>
public static class CopyToPostgresCommand
{
    public const string Name = "copy-to-postgres";

    public const int Copied = 0;

    /// <summary>Refused (nothing written) or failed (rolled back): the message says which and why.</summary>
    public const int NotCopied = 1;

    public const int Usage = 2;

    public const string UsageText =
        $"Usage: dotnet run --project BossRemote.Web -- {Name} \"Host=…;Port=5432;Database=…;Username=…;Password=…\" [--Key=value …]\n" +
        "Copies the SQLite installation this configuration points at into an EMPTY PostgreSQL database.";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>From the console: Ctrl+C stops the copy, and the transaction leaves the target without rows.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await RunAsync(args, Console.Out, Console.Error, cancel.Token);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (args.Length < 2 || Target(args[1]) is not { } target)
        {
            await errors.WriteLineAsync(UsageText);
            return Usage;
        }

        try
        {
            var (source, keyRingAdvice) = SourceFromAppConfiguration(args[2..]);
            await output.WriteLineAsync($"Copying {source.HelpDeskFile} and {source.SimulatorFile} into PostgreSQL database \"{target.Database}\" on {target.Host}:{target.Port}…");
            var report = await DatabaseCopy.ToPostgresAsync(source, target.ConnectionString, cancellationToken);
            await CopyReportText.WriteAsync(output, report, source);
            await output.WriteLineAsync(keyRingAdvice);
            return Copied;
        }
        catch (DatabaseCopyRefusedException refused)
        {
            await errors.WriteLineAsync(refused.Message);
            return NotCopied;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await errors.WriteLineAsync("Stopped. The PostgreSQL database holds no copied rows (the copy is one transaction); run the command again to copy.");
            return NotCopied;
        }
        catch (Exception failure)
        {
            var cause = failure.GetBaseException() is var inner && inner != failure ? $" ({inner.Message})" : "";
            await errors.WriteLineAsync(
                $"The copy failed: {failure.Message}{cause}. The PostgreSQL database holds no copied rows (the copy is one transaction); fix the cause and run the command again.");
            return NotCopied;
        }
    }

    /// <summary>The target, or null when the argument is not a PostgreSQL connection string that names a host and a database.</summary>
    private static NpgsqlConnectionStringBuilder? Target(string connectionString)
    {
        try
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(target.Host) || string.IsNullOrWhiteSpace(target.Database) ? null : target;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where the app would find its SQLite databases, read through the same configuration sources it starts with, and
    /// which key the PostgreSQL instances need for the key ring it holds.
    /// </summary>
    private static (DatabaseCopySource Source, string KeyRingAdvice) SourceFromAppConfiguration(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(settings);
        var configuration = builder.Configuration;
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var app = configuration.GetSection(BossRemoteOptions.SectionName).Get<BossRemoteOptions>() ?? new BossRemoteOptions();
        var dataDirectory = new DataDirectory(Options.Create(app), builder.Environment);
        var keyRing = configuration.GetSection(KeyRingEncryptionOptions.SectionName).Get<KeyRingEncryptionOptions>()?.KeyEncryptionKey;
        return (DatabaseCopySource.FromConfiguration(database, configuration, dataDirectory), KeyRingCopyAdvice.For(keyRing, dataDirectory));
    }
}
