namespace BossRemote.Core.Settings;

/// <summary>
/// Tells every open TeamViewer widget that the connection was made or revoked, so a ticket already open shows Play or
/// "not set up" without a reload; the web layer fans this out live.
/// </summary>
public interface ITeamViewerConnectionPublisher
{
    Task PublishConnectionChangedAsync(CancellationToken cancellationToken = default);
}
