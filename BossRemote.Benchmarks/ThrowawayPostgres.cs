using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BossRemote.Benchmarks;

/// <summary>
/// A PostgreSQL server for one benchmark run, started and stopped by the repository's own
/// <c>scripts/test-services.sh</c> (the one the tests use: a fresh cluster on a free loopback port, data in a temp
/// folder, run as the postgres user when we are root). Stopped on dispose, on Ctrl+C and at process exit, whichever
/// comes first, so a failed run leaves no server behind.
/// </summary>
public sealed partial class ThrowawayPostgres : IDisposable
{
    private readonly string _folder;
    private readonly Lock _gate = new();
    private bool _stopped;

    private ThrowawayPostgres(string folder, string connectionString)
    {
        _folder = folder;
        ConnectionString = connectionString;
        Console.CancelKeyPress += (_, e) =>
        {
            // Stop here and let the run fail on its lost connection (Program reports that as an interruption): exiting
            // from this handler would race the main thread.
            e.Cancel = true;
            Interrupted = true;
            Console.Error.WriteLine("Interrupted: stopping the throwaway PostgreSQL.");
            Dispose();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    /// <summary>The server as its superuser, without a database.</summary>
    public string ConnectionString { get; }

    /// <summary>Ctrl+C stopped the server while the run was going on.</summary>
    public bool Interrupted { get; private set; }

    public static ThrowawayPostgres Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bossremote-benchmarks", "postgres-" + Guid.NewGuid().ToString("N")[..8]);
        Console.WriteLine($"Starting a throwaway PostgreSQL in {folder} (scripts/test-services.sh); it is stopped at the end.");
        try
        {
            var output = RunScript("start", folder);
            var match = ExportLine().Match(output);
            return match.Success
                ? new ThrowawayPostgres(folder, match.Groups[1].Value)
                : throw new InvalidOperationException($"scripts/test-services.sh did not say BOSSREMOTE_TEST_POSTGRES: {output}");
        }
        catch
        {
            // A half-started pair (PostgreSQL up, Redis not) is stopped too.
            RunScript("stop", folder);
            throw;
        }
    }

    /// <summary>Stops the server once; a second caller (process exit after Ctrl+C) waits until it is down.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _stopped = true;
                RunScript("stop", _folder);
            }
        }
    }

    private static string RunScript(string command, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Script(), command, folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"scripts/test-services.sh {command} failed ({process.ExitCode}): {errors.Result}");
    }

    /// <summary>The script beside the checkout the program runs from (bin/… is inside it), else the working folder's.</summary>
    private static string Script()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var script = Path.Combine(folder.FullName, "scripts", "test-services.sh");
                if (File.Exists(script) && File.Exists(Path.Combine(folder.FullName, "BossRemote.sln")))
                {
                    return script;
                }
            }
        }

        throw new InvalidOperationException("scripts/test-services.sh not found: run the benchmark from the repository, or pass --connection.");
    }

    [GeneratedRegex("export BOSSREMOTE_TEST_POSTGRES='([^']*)'")]
    private static partial Regex ExportLine();
}
