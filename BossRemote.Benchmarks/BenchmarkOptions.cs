using System.Globalization;
using BossRemote.Core.Data;

namespace BossRemote.Benchmarks;

/// <summary>
/// Command line: <c>--cases N</c>, <c>--runs N</c>, <c>--provider sqlite|postgres</c>, <c>--db PATH</c> (SQLite),
/// <c>--connection "Npgsql connection string"</c> (PostgreSQL; without it a throwaway server is started),
/// <c>--rebuild</c>.
/// </summary>
public sealed record BenchmarkOptions(
    int Cases, int Runs, DatabaseProvider Provider, string DatabasePath, string? Connection, bool Rebuild)
{
    public const int DefaultCases = 1_000_000;
    public const int DefaultRuns = 7;

    private const string Usage =
        "Use --cases N, --runs N, --provider sqlite|postgres, --db PATH (sqlite), --connection \"Host=…;Username=…\" (postgres), --rebuild.";

    public static BenchmarkOptions Parse(string[] args)
    {
        var cases = DefaultCases;
        var runs = DefaultRuns;
        var provider = DatabaseProvider.Sqlite;
        string? path = null;
        string? connection = null;
        var rebuild = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--cases":
                    cases = int.Parse(Value(args, ++i), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                    break;
                case "--runs":
                    runs = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
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
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}. {Usage}");
            }
        }

        if (cases < 1000 || runs < 1)
        {
            throw new ArgumentException("--cases must be at least 1000 and --runs at least 1.");
        }

        if (provider == DatabaseProvider.Sqlite ? connection is not null : path is not null)
        {
            throw new ArgumentException($"--db is for --provider sqlite, --connection for --provider postgres. {Usage}");
        }

        path ??= Path.Combine(Path.GetTempPath(), "bossremote-benchmarks", $"cases-{cases}.db");
        return new BenchmarkOptions(cases, runs, provider, Path.GetFullPath(path), connection, rebuild);
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
}
