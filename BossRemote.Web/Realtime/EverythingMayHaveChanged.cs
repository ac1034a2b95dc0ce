using BossRemote.Core.Common.Events;

namespace BossRemote.Web.Realtime;

/// <summary>
/// Told to this instance's pages when the relay comes back after an outage: updates from other instances may have been
/// missed meanwhile, so every open page re-reads what it shows.
/// </summary>
public sealed record EverythingMayHaveChanged : ILiveUpdate;
