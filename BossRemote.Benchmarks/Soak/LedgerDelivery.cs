using BossRemote.Core.Email;

namespace BossRemote.Benchmarks.Soak;

/// <summary>One e-mail delivery: its state in the help desk and the <c>Message-ID</c> every attempt sends.</summary>
public sealed record LedgerDelivery(long Id, long? ServiceCaseId, EmailKind Kind, EmailDeliveryStatus Status, string MessageId, int Attempts, string? LastError);
