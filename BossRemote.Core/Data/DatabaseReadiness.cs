namespace BossRemote.Core.Data;

/// <summary>
/// Whether the database has been reached, migrated and seeded since the app started. Until it has, the web host
/// answers 503 (health included) instead of serving pages against a schema that may be old or a server that is away.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Why it is not ready yet: the last start-up attempt's failure, for the health report and the 503 page.</summary>
    public string? Problem { get; private set; } = "BossRemote is starting.";

    /// <summary>Completes once the database is ready.</summary>
    public Task WhenReady => _ready.Task;

    internal void Failed(string problem) => Problem = problem;

    internal void MarkReady()
    {
        Problem = null;
        _ready.TrySetResult();
    }
}
