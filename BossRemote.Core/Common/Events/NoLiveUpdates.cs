namespace BossRemote.Core.Common.Events;

/// <summary>Core on its own (a tool, a benchmark) has no open pages to tell; the web host replaces this.</summary>
internal sealed class NoLiveUpdates : ILiveUpdatePublisher
{
    public void Publish(ILiveUpdate update)
    {
    }
}
