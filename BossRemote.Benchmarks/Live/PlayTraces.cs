using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
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
    private readonly Channel<PlayTrace> _plays = Channel.CreateUnbounded<PlayTrace>();

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

    /// <summary>
    /// Whose Plays count: the acting technician's of this app. Another app in the same process (the test suite runs
    /// several at once) reports its Plays to every listener too.
    /// </summary>
    public string? ActingUserId { get; set; }

    /// <summary>Takes the Plays finished since the last call.</summary>
    public IReadOnlyList<PlayTrace> Drain()
    {
        var plays = new List<PlayTrace>();
        while (_plays.Reader.TryRead(out var play))
        {
            plays.Add(play);
        }

        return plays;
    }

    /// <summary>
    /// Waits for the Play just pressed to finish on the server, then takes it (and any other since the last call). The
    /// page can show the code before the handler has returned: the activation's own live update re-reads it.
    /// </summary>
    public async Task<IReadOnlyList<PlayTrace>> TakeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _plays.Reader.WaitToReadAsync(cancel.Token);
        return Drain();
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
            if (ActingUserId is not null && Equals(activity.GetTagItem("enduser.id"), ActingUserId))
            {
                _plays.Writer.TryWrite(new PlayTrace(activity.Duration, teamViewer));
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}

/// <summary>One Play as the server saw it.</summary>
internal sealed record PlayTrace(TimeSpan Total, TimeSpan TeamViewer)
{
    public TimeSpan ServerShare => Total - TeamViewer;
}
