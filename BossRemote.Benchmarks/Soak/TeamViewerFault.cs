namespace BossRemote.Benchmarks.Soak;

/// <summary>What the fault proxy does to one TeamViewer call.</summary>
internal enum TeamViewerFault
{
    None,

    /// <summary>503 with TeamViewer's error body; the call never reached TeamViewer.</summary>
    Refuse,

    /// <summary>The connection is closed without an answer; the call never reached TeamViewer.</summary>
    Drop,

    /// <summary>No answer until the client gives up (its request timeout); the call never reached TeamViewer.</summary>
    Hang,

    /// <summary>TeamViewer did the work, but its answer is lost (502 or a closed connection).</summary>
    LoseAnswer,

    /// <summary>TeamViewer did the work, then the app's process stops before it reads the answer.</summary>
    Crash,
}
