using System.Diagnostics;
using BossRemote.Core.Data;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// A soak test of the service-case life cycle (issue 10, item 14): the whole app, the TeamViewer simulator behind a
/// fault proxy and a real SMTP server, on a controlled clock; N cases created, polled, stopped and expired while
/// TeamViewer and SMTP fail and the app restarts at random moments; then the books (<see cref="SoakBooks"/>).
/// </summary>
public static class SoakRun
{
    public static async Task<SoakResult> RunAsync(SoakSettings settings, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var journal = new SoakJournal();
        // Starts at this morning, UTC; then only the soak moves it.
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(8), TimeSpan.Zero));
        var data = NewDataFolder();
        output.WriteLine($"Soak: {settings.Cases:N0} cases, seed {settings.Seed} (replay with --seed {settings.Seed}), {settings.Provider}, data in {data}");

        using var postgres = settings is { Provider: DatabaseProvider.Postgres, Connection: null } ? ThrowawayPostgres.Start() : null;
        var connection = settings.Provider == DatabaseProvider.Postgres
            ? await CreateDatabaseAsync(settings.Connection ?? postgres!.ConnectionString, settings.Seed)
            : null;
        var faults = new SoakFaults(unchecked(settings.Seed * 7919 + 1), clock, journal);
        await using var smtp = new SoakSmtpServer(faults, journal);
        await using var proxy = await TeamViewerFaultProxy.StartAsync(faults);
        using var log = new SoakLog(Path.Combine(data, "soak.log"), clock);
        var loop = new SoakLoop(settings, new SoakAppSettings(data, settings.Provider, connection, clock, settings.Tick, smtp.Port, proxy.BaseUrl, log),
            clock, faults, proxy, journal, output);
        SoakBalance balance;
        try
        {
            await loop.RunAsync();
            var ledger = await SoakLedgerReader.ReadAsync(loop.App, smtp, journal, loop.Incidents, clock.GetUtcNow().UtcDateTime);
            balance = SoakBooks.Check(ledger);
        }
        finally
        {
            if (loop.App is { } app)
            {
                await app.DisposeAsync();
            }
        }

        var result = new SoakResult(balance, journal, loop.Restarts, watch.Elapsed, clock.GetUtcNow().UtcDateTime, data);
        if (balance.Balances)
        {
            TryDelete(data);
        }
        else
        {
            await File.WriteAllLinesAsync(Path.Combine(data, "discrepancies.txt"), balance.Discrepancies);
        }

        return result;
    }

    /// <summary>
    /// In memory (<c>/dev/shm</c>) where there is such a folder: the soak checks the books, not the disk, and a flush per
    /// job-store write would make it a benchmark of the disk (the tests' PostgreSQL runs with <c>fsync=off</c> likewise).
    /// </summary>
    private static string NewDataFolder() => Directory.Exists("/dev/shm")
        ? Directory.CreateDirectory(Path.Combine("/dev/shm", "bossremote-soak-" + Guid.NewGuid().ToString("N")[..8])).FullName
        : Directory.CreateTempSubdirectory("bossremote-soak-").FullName;

    /// <summary>A database of this run's own on the server (the help desk, the simulator's schema and Hangfire's).</summary>
    private static async Task<string> CreateDatabaseAsync(string serverConnectionString, int seed)
    {
        var name = $"bossremote_soak_{seed}_{Guid.NewGuid():N}"[..40];
        await using (var server = new NpgsqlConnection(serverConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open by a finishing thread; the temp folder is cleaned by the OS
        }
    }
}
