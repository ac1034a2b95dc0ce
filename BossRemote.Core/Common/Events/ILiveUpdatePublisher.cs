namespace BossRemote.Core.Common.Events;

/// <summary>
/// Hands a live update to the pages that show what it names, on this instance and, through the relay, on every other.
/// Returns at once: delivery happens off the caller's path, so a change is as fast with 50 pages watching as with none.
/// </summary>
public interface ILiveUpdatePublisher
{
    void Publish(ILiveUpdate update);
}
