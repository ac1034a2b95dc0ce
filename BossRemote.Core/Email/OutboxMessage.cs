namespace BossRemote.Core.Email;

/// <summary>One outbox message opened for preview; <see cref="Attachments"/> are the names of its attached files.</summary>
public sealed record OutboxMessage(string FileName, DateTime Date, string From, string To, string Subject, string? HtmlBody, string? TextBody,
    IReadOnlyList<string> Attachments);
