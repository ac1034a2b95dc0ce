using BossRemote.Core.Data;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// One soak run: how many cases, the seed every random choice comes from (workload and faults), and the database.
/// The rest are the shape of the workload; their defaults keep a few hundred cases open at once.
/// </summary>
public sealed record SoakSettings(int Cases, int Seed, DatabaseProvider Provider = DatabaseProvider.Sqlite, string? Connection = null)
{
    /// <summary>
    /// How far the soak's clock moves per step while cases are being created; also the app's poll interval
    /// (<c>TeamViewer__PollInterval</c>). Every poll lists every open session, so polling is most of a soak's work: a
    /// minute (the product's default is 30 s) halves it and changes nothing the books check.
    /// </summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The step once every case has been created: the last cases stop or expire, retries and sweeps finish.</summary>
    public TimeSpan DrainTick { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Technicians press Play this often on average (cases per minute of the soak's clock).</summary>
    public double PlaysPerMinute { get; init; } = 3;

    /// <summary>
    /// The help desk's open tickets; each holds at most one open case at a time. A case lives about four hours on
    /// average (one in eight a whole day), so about 700 are open at once at full size.
    /// </summary>
    public int Tickets => Math.Clamp(Cases, 100, 1_500);

    public int Technicians => 8;

    /// <summary>A progress line every this many cases.</summary>
    public int ProgressEvery => Cases >= 2_000 ? 500 : Math.Max(25, Cases / 4);

    /// <summary>
    /// A restart, on average, every this many steps of the clock: about every 100 cases at full size, more often in a
    /// small run so it still restarts several times (every 30 cases at CI's 200).
    /// </summary>
    public int StepsPerRestart { get; init; } = Math.Clamp(Cases / 20, 10, 35);

    public static SoakSettings From(BenchmarkOptions options) => new(options.Cases, options.Seed, options.Provider, options.Connection);
}
