namespace BossRemote.Core.Notifications;

/// <summary>A notice as the bell lists it.</summary>
public sealed record NotificationView(long Id, string Message, string? Link, DateTime CreatedAt, bool IsRead);
