namespace BossRemote.Core.Email.Templates;

/// <summary>What an invitation is about: the ticket, the people, the case and the company.</summary>
public sealed record InvitationFacts(
    int TicketNumber,
    string TicketSubject,
    string RequesterName,
    string RequesterEmail,
    string TechnicianName,
    string TechnicianEmail,
    string SessionCode,
    string CustomerLink,
    DateTime ValidUntil,
    string CompanyName,
    string? LogoUrl);
