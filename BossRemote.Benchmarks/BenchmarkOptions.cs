using System.Globalization;

namespace BossRemote.Benchmarks;

/// <summary>Command line: <c>--cases N</c>, <c>--runs N</c>, <c>--db PATH</c>, <c>--rebuild</c>.</summary>
public sealed record BenchmarkOptions(int Cases, int Runs, string DatabasePath, bool Rebuild)
{
    public const int DefaultCases = 1_000_000;
    public const int DefaultRuns = 7;

    public static BenchmarkOptions Parse(string[] args)
    {
        var cases = DefaultCases;
        var runs = DefaultRuns;
        string? path = null;
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
                case "--db":
                    path = Value(args, ++i);
                    break;
                case "--rebuild":
                    rebuild = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}. Use --cases N, --runs N, --db PATH, --rebuild.");
            }
        }

        if (cases < 1000 || runs < 1)
        {
            throw new ArgumentException("--cases must be at least 1000 and --runs at least 1.");
        }

        path ??= Path.Combine(Path.GetTempPath(), "bossremote-benchmarks", $"cases-{cases}.db");
        return new BenchmarkOptions(cases, runs, Path.GetFullPath(path), rebuild);
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");
}
