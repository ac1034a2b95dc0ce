using BossRemote.Core.Common.Events;

namespace BossRemote.Core.Notifications;

/// <summary>
/// A notice for particular people, announced once it is stored (<see cref="NotificationService"/>): the bell on whatever
/// page they have open, on any instance, re-reads its count.
/// </summary>
/// <param name="Link">A relative address the notice opens, e.g. <c>tickets/1042</c>.</param>
public sealed record UserNotification(IReadOnlyCollection<string> UserIds, string Message, string? Link) : ILiveUpdate;
