namespace BossRemote.Core.Email;

/// <summary>One outbox message opened for preview.</summary>
public sealed record OutboxMessage(string FileName, DateTime Date, string From, string To, string Subject, string? HtmlBody, string? TextBody);
