using BossRemote.Core.Common.Events;

namespace BossRemote.Core.Notifications;

/// <summary>A notice for particular people, shown as a toast on whatever page they have open, on any instance.</summary>
/// <param name="Link">A relative address the toast opens, e.g. <c>tickets/1042</c>.</param>
public sealed record UserNotification(IReadOnlyCollection<string> UserIds, string Message, string? Link) : ILiveUpdate;
