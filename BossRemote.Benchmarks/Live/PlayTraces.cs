using System.Collections.Concurrent;
using System.Diagnostics;
using BossRemote.Core.Common;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// Listens to the app's own traces (<see cref="Telemetry"/>) and splits each Play into the TeamViewer round trips it
/// made and the server's own share — everything else the handler did: checks, storing, scheduling the expiry, queuing
/// the e-mail, publishing.
/// </summary>
internal sealed class PlayTraces : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<ActivitySpanId, TimeSpan> _teamViewer = new();
    private readonly ConcurrentQueue<PlayTrace> _plays = new();

    public PlayTraces()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Telemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Takes the Plays finished since the last call.</summary>
    public IReadOnlyList<PlayTrace> Drain()
    {
        var plays = new List<PlayTrace>();
        while (_plays.TryDequeue(out var play))
        {
            plays.Add(play);
        }

        return plays;
    }

    private void Stopped(Activity activity)
    {
        if (activity.OperationName.StartsWith(Telemetry.TeamViewerPrefix, StringComparison.Ordinal))
        {
            // Counted against the Play it was made in, if any (the poller and jobs call TeamViewer too).
            var play = activity.Parent;
            while (play is not null && play.OperationName != Telemetry.Play)
            {
                play = play.Parent;
            }

            if (play is not null)
            {
                _teamViewer.AddOrUpdate(play.SpanId, activity.Duration, (_, sum) => sum + activity.Duration);
            }
        }
        else if (activity.OperationName == Telemetry.Play)
        {
            _teamViewer.TryRemove(activity.SpanId, out var teamViewer);
            _plays.Enqueue(new PlayTrace(activity.Duration, teamViewer));
        }
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>One Play as the server saw it.</summary>
internal sealed record PlayTrace(TimeSpan Total, TimeSpan TeamViewer)
{
    public TimeSpan ServerShare => Total - TeamViewer;
}
