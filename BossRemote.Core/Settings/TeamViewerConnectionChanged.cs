using BossRemote.Core.Common.Events;

namespace BossRemote.Core.Settings;

/// <summary>
/// A token was connected or revoked: every open TeamViewer widget re-reads, so a ticket already open shows Play or
/// "not set up" without a reload.
/// </summary>
public sealed record TeamViewerConnectionChanged : IDomainEvent, ILiveUpdate;
