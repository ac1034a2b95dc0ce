using System.Globalization;
using BossRemote.Core.Data;

namespace BossRemote.Benchmarks;

/// <summary>
/// Command line: <c>--scenario report|soak|live</c>, <c>--cases N</c>, <c>--provider sqlite|postgres</c>,
/// <c>--connection "Npgsql connection string"</c> (PostgreSQL; without it a throwaway server is started); for the
/// report <c>--runs N</c>, <c>--db PATH</c> (SQLite) and <c>--rebuild</c>; for the soak <c>--seed N</c>; for the live
/// pages <c>--runs N</c>, <c>--watchers 0,10,50</c>, <c>--watchers-priority idle|normal</c>, <c>--warm-up N</c> and
/// <c>--chart PATH</c>.
/// </summary>
public sealed record BenchmarkOptions(
    BenchmarkScenario Scenario, int Cases, int Runs, DatabaseProvider Provider, string DatabasePath, string? Connection, bool Rebuild,
    int Seed)
{
    public const int DefaultLiveRuns = 10;

    /// <summary>How many pages watch the ticket in each round of the live scenario (the first is the baseline).</summary>
    public IReadOnlyList<int> Watchers { get; init; } = [];

    /// <summary>Where the live scenario draws its latency chart (SVG).</summary>
    public string ChartPath { get; init; } = "";

    /// <summary>
    /// The watching pages' browser runs only on otherwise idle cores (the default: they stand for other people's
    /// computers), or at normal priority, sharing the cores with the server (a machine already busy, such as CI's).
    /// </summary>
    public bool WatchersAtIdlePriority { get; init; } = true;

    /// <summary>
    /// How many cycles the live scenario runs on the acting page, back to back, before it measures anything: the runtime
    /// recompiles what runs often (tiered compilation), and the figures are a running server's.
    /// </summary>
    public int WarmUpCycles { get; init; } = DefaultWarmUpCycles;

    public const int DefaultWarmUpCycles = 80;

    public const int DefaultCases = 1_000_000;
    public const int DefaultSoakCases = 10_000;
    public const int DefaultRuns = 7;

    private const string Usage =
        "Use --scenario report|soak|live, --cases N, --provider sqlite|postgres, --connection \"Host=…;Username=…\" (postgres); "
        + "for the report --runs N, --db PATH (sqlite), --rebuild; for the soak --seed N; for live --runs N, --watchers 0,10,50, --watchers-priority idle|normal, --warm-up N, --chart PATH.";

    public static BenchmarkOptions Parse(string[] args)
    {
        var scenario = BenchmarkScenario.Report;
        int? cases = null;
        int? runs = null;
        int? seed = null;
        var provider = DatabaseProvider.Sqlite;
        string? path = null;
        string? connection = null;
        var rebuild = false;
        int[]? watchers = null;
        string? chart = null;
        bool? idleWatchers = null;
        int? warmUp = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scenario":
                    scenario = Value(args, ++i).ToLowerInvariant() switch
                    {
                        "report" => BenchmarkScenario.Report,
                        "soak" => BenchmarkScenario.Soak,
                        "live" => BenchmarkScenario.Live,
                        var other => throw new ArgumentException($"Unknown scenario {other}. {Usage}"),
                    };
                    break;
                case "--cases":
                    cases = int.Parse(Value(args, ++i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                    break;
                case "--runs":
                    runs = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    break;
                case "--provider":
                    provider = Value(args, ++i).ToLowerInvariant() switch
                    {
                        "sqlite" => DatabaseProvider.Sqlite,
                        "postgres" => DatabaseProvider.Postgres,
                        var other => throw new ArgumentException($"Unknown provider {other}. {Usage}"),
                    };
                    break;
                case "--db":
                    path = Value(args, ++i);
                    break;
                case "--connection":
                    connection = Value(args, ++i);
                    break;
                case "--rebuild":
                    rebuild = true;
                    break;
                case "--watchers":
                    watchers = [.. Value(args, ++i).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
                    break;
                case "--chart":
                    chart = Value(args, ++i);
                    break;
                case "--watchers-priority":
                    idleWatchers = Value(args, ++i) switch
                    {
                        "idle" => true,
                        "normal" => false,
                        var other => throw new ArgumentException($"--watchers-priority is idle or normal, not {other}. {Usage}"),
                    };
                    break;
                case "--warm-up":
                    warmUp = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}. {Usage}");
            }
        }

        if (provider == DatabaseProvider.Sqlite ? connection is not null : path is not null)
        {
            throw new ArgumentException($"--db is for --provider sqlite, --connection for --provider postgres. {Usage}");
        }

        if (scenario != BenchmarkScenario.Live && (watchers is not null || chart is not null || idleWatchers is not null || warmUp is not null))
        {
            throw new ArgumentException($"--watchers, --watchers-priority, --warm-up and --chart are for --scenario live. {Usage}");
        }

        if (warmUp < 0)
        {
            throw new ArgumentException($"--warm-up is a number of cycles, 0 or more. {Usage}");
        }

        return scenario switch
        {
            BenchmarkScenario.Soak => ForSoak(cases, runs, seed, provider, path, connection, rebuild),
            BenchmarkScenario.Live => ForLive(cases, runs, seed, provider, path, connection, rebuild, watchers, chart) with
            {
                WatchersAtIdlePriority = idleWatchers ?? true,
                WarmUpCycles = warmUp ?? DefaultWarmUpCycles,
            },
            _ => ForReport(cases, runs, seed, provider, path, connection, rebuild),
        };
    }

    private static BenchmarkOptions ForLive(
        int? cases, int? runs, int? seed, DatabaseProvider provider, string? path, string? connection, bool rebuild, int[]? watchers, string? chart)
    {
        if (cases is not null || seed is not null || path is not null || rebuild || provider != DatabaseProvider.Sqlite || connection is not null)
        {
            throw new ArgumentException($"--scenario live runs on SQLite and takes --runs, --watchers and --chart only. {Usage}");
        }

        watchers ??= [0, 10, 50];
        var timedRuns = runs ?? DefaultLiveRuns;
        if (timedRuns < 1 || watchers.Length == 0 || watchers.Any(w => w is < 0 or > 500) || watchers.Distinct().Count() != watchers.Length)
        {
            throw new ArgumentException("--runs must be at least 1 and --watchers distinct numbers from 0 to 500.");
        }

        return new BenchmarkOptions(BenchmarkScenario.Live, 0, timedRuns, provider, "", connection, false, 0)
        {
            Watchers = [.. watchers.Order()],
            ChartPath = Path.GetFullPath(chart ?? DefaultChartPath()),
        };
    }

    /// <summary><c>docs/live-latency.svg</c> of the checkout the program runs in, else the current folder.</summary>
    private static string DefaultChartPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BossRemote.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "live-latency.svg");
            }
        }

        return "live-latency.svg";
    }

    private static BenchmarkOptions ForReport(int? cases, int? runs, int? seed, DatabaseProvider provider, string? path, string? connection, bool rebuild)
    {
        if (seed is not null)
        {
            throw new ArgumentException($"--seed is for --scenario soak. {Usage}");
        }

        var count = cases ?? DefaultCases;
        var timedRuns = runs ?? DefaultRuns;
        if (count < 1000 || timedRuns < 1)
        {
            throw new ArgumentException("--cases must be at least 1000 and --runs at least 1.");
        }

        path ??= Path.Combine(Path.GetTempPath(), "bossremote-benchmarks", $"cases-{count}.db");
        return new BenchmarkOptions(BenchmarkScenario.Report, count, timedRuns, provider, Path.GetFullPath(path), connection, rebuild, 0);
    }

    private static BenchmarkOptions ForSoak(int? cases, int? runs, int? seed, DatabaseProvider provider, string? path, string? connection, bool rebuild)
    {
        if (runs is not null || path is not null || rebuild)
        {
            throw new ArgumentException($"--runs, --db and --rebuild are for --scenario report. {Usage}");
        }

        var count = cases ?? DefaultSoakCases;
        if (count < 1)
        {
            throw new ArgumentException("--cases must be at least 1.");
        }

        // Printed at the start, so a failing run can be replayed with --seed.
        return new BenchmarkOptions(BenchmarkScenario.Soak, count, 0, provider, "", connection, false, seed ?? Random.Shared.Next(1, 1_000_000));
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
}
