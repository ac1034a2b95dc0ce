using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// The real PostgreSQL and Redis the tests use (HOUSE-STYLE "Tests"): the ones <c>scripts/test.sh</c> started, named by
/// <c>BOSSREMOTE_TEST_POSTGRES</c> and <c>BOSSREMOTE_TEST_REDIS</c>; when those are not set (a test run from an IDE),
/// the same <c>scripts/test-services.sh</c> starts a pair for this test process and stops it when the process ends.
/// </summary>
public static partial class TestServices
{
    private const string PostgresVariable = "BOSSREMOTE_TEST_POSTGRES";
    private const string RedisVariable = "BOSSREMOTE_TEST_REDIS";

    private static readonly Lazy<(string Postgres, string Redis)> Servers = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server as its superuser, without a database.</summary>
    public static string Postgres => Servers.Value.Postgres;

    /// <summary>StackExchange.Redis configuration, e.g. <c>127.0.0.1:6390</c>.</summary>
    public static string Redis => Servers.Value.Redis;

    private static (string, string) StartOrFind()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        var redis = Environment.GetEnvironmentVariable(RedisVariable);
        if (!string.IsNullOrWhiteSpace(postgres) && !string.IsNullOrWhiteSpace(redis))
        {
            return (postgres, redis);
        }

        var folder = Path.Combine(Path.GetTempPath(), "bossremote-test-services-" + Guid.NewGuid().ToString("N")[..8]);
        var output = RunScript("start", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunScript("stop", folder);
        return (Setting(output, PostgresVariable), Setting(output, RedisVariable));
    }

    private static string RunScript(string command, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [RepositoryRoot.Combine("scripts", "test-services.sh"), command, folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/test-services.sh {command} failed ({process.ExitCode}): {errors}. Run the tests with 'bash scripts/test.sh', which installs PostgreSQL and Redis.");
        }

        return output;
    }

    private static string Setting(string output, string name) =>
        ExportLine().Matches(output).FirstOrDefault(m => m.Groups[1].Value == name)?.Groups[2].Value
        ?? throw new InvalidOperationException($"scripts/test-services.sh did not say {name}: {output}");

    [GeneratedRegex("export (\\w+)='([^']*)'")]
    private static partial Regex ExportLine();
}
