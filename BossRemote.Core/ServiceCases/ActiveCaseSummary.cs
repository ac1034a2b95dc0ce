namespace BossRemote.Core.ServiceCases;

/// <summary>An open service case, as the revoke dialog lists it.</summary>
public sealed record ActiveCaseSummary(
    long Id, int TicketNumber, string TicketSubject, string? SessionCode, string CreatedByName, DateTime CreatedAt, DateTime? ValidUntil);
