namespace BossRemote.Core.ServiceCases;

/// <summary>A service case as the ticket page shows it. Times are UTC.</summary>
public sealed record ServiceCaseView(
    long Id,
    int TicketId,
    ServiceCaseState State,
    string? SessionCode,
    string? SupporterLink,
    string? WebClientSupporterLink,
    string? CustomerLink,
    string CreatedByName,
    DateTime CreatedAt,
    DateTime? ValidUntil,
    DateTime? EndedAt,
    string? EndedByName,
    bool ClosedLocallyOnly,
    bool CustomerOnline,
    int? ConnectedSeconds)
{
    public TimeSpan? Duration => EndedAt - CreatedAt;

    /// <summary>The customer was connected and has left (not "waiting": they came and went).</summary>
    public bool CustomerLeft { get; init; }

    internal static ServiceCaseView From(ServiceCase c) => new(
        c.Id, c.TicketId, c.State, c.SessionCode, c.SupporterLink, c.WebClientSupporterLink, c.CustomerLink,
        c.CreatedByName, c.CreatedAt, c.ValidUntil, c.EndedAt, c.EndedByName, c.ClosedLocallyOnly, c.CustomerOnline,
        c.ConnectedSeconds)
    {
        CustomerLeft = !c.CustomerOnline && c.CustomerOnlineChangedAt != null,
    };
}
