using BossRemote.Core.Common.Events;

namespace BossRemote.Web.Realtime;

/// <summary>Carries this instance's live updates to the other instances (SPEC §6).</summary>
public interface ILiveUpdateRelay
{
    /// <summary>Sends <paramref name="update"/> to every other instance. Returns at once and never throws.</summary>
    void Send(ILiveUpdate update);
}
