namespace BossRemote.Core.Email;

/// <summary>One message in the outbox folder.</summary>
public sealed record OutboxEntry(string FileName, DateTime Date, string To, string Subject);
