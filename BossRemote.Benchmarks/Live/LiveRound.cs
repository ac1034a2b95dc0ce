namespace BossRemote.Benchmarks.Live;

/// <summary>What one number of watching pages measured, in milliseconds and bytes.</summary>
internal sealed class LiveRound
{
    public int Watchers { get; set; }

    /// <summary>Press on the acting page → its session code, as the browser saw it.</summary>
    public List<double> PlayToCode { get; } = [];

    /// <summary>The TeamViewer round trips within each Play handler (server side).</summary>
    public List<double> PlayTeamViewer { get; } = [];

    /// <summary>Each Play handler's time less its TeamViewer round trips (server side).</summary>
    public List<double> PlayServerShare { get; } = [];

    /// <summary>Per change: its commit → shown, one figure per watching page and change.</summary>
    public Dictionary<string, List<double>> FanOut { get; } = new()
    {
        ["Play"] = [],
        ["Customer online"] = [],
        ["Stop"] = [],
    };

    public IEnumerable<double> AllFanOut => FanOut.Values.SelectMany(v => v);

    /// <summary>
    /// The server's side of every change reaching every page: each delivery to a ticket page during the timed cycles, from
    /// the update's post to the page's render handed to its connection (the app's own metric).
    /// </summary>
    public List<double> ServerDelivery { get; } = [];

    /// <summary>What the runtime spent compiling (JIT) during the timed cycles, on all threads.</summary>
    public TimeSpan Compilation { get; set; }

    /// <summary>Garbage collections during the timed cycles, and how long they paused the server's threads in all.</summary>
    public GarbageCollections GarbageCollections { get; set; }

    public double? HeapPerPage { get; set; }

    public double? WorkingSetPerPage { get; set; }
}
