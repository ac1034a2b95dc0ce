namespace BossRemote.Benchmarks;

/// <summary>What the program runs: <c>--scenario report</c> (the default), <c>--scenario soak</c> or <c>--scenario live</c>.</summary>
public enum BenchmarkScenario
{
    /// <summary>The session report and the ticket list over a large database, timed (README "Performance").</summary>
    Report,

    /// <summary>Cases created, polled, stopped and expired through restarts and faults; then the books (README "Soak").</summary>
    Soak,

    /// <summary>Play, live status and memory with K real pages watching one ticket (README "Live pages").</summary>
    Live,
}
