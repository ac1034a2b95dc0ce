using BossRemote.Core.Common.Events;

namespace BossRemote.Web.Realtime;

/// <summary>One instance (no <c>Redis__Configuration</c>): there is no one else to tell.</summary>
public sealed class InProcessRelay : ILiveUpdateRelay
{
    public void Send(ILiveUpdate update)
    {
    }
}
