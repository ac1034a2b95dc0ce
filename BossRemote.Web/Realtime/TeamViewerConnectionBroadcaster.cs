using BossRemote.Core.Settings;

namespace BossRemote.Web.Realtime;

/// <summary>Fans "the TeamViewer connection changed" out to every open widget, whatever its ticket.</summary>
public sealed class TeamViewerConnectionBroadcaster(ILogger<TeamViewerConnectionBroadcaster> logger) : ITeamViewerConnectionPublisher
{
    private readonly Subscribers<TeamViewerConnectionChanged> _subscribers = new(logger);

    public IDisposable Subscribe(Func<Task> onChanged) => _subscribers.Add(_ => true, _ => onChanged());

    public Task PublishConnectionChangedAsync(CancellationToken cancellationToken = default) =>
        _subscribers.PublishAsync(new TeamViewerConnectionChanged());
}

/// <summary>The message itself: the connection was made or revoked; readers look up which.</summary>
public sealed record TeamViewerConnectionChanged;
