using BossRemote.Core.Tickets;

namespace BossRemote.Core.ServiceCases;

/// <summary>A TeamViewer service case started from a ticket (SPEC §3.2). Times are BossRemote's own clock, UTC.</summary>
public sealed class ServiceCase
{
    public const int LinkMaxLength = 500;

    public long Id { get; set; }

    public int TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    public ServiceCaseState State { get; set; }

    /// <summary>The TeamViewer session code (<c>s12-345-678</c>); null only while pending.</summary>
    public string? SessionCode { get; set; }

    public string? SupporterLink { get; set; }

    public string? WebClientSupporterLink { get; set; }

    public string? CustomerLink { get; set; }

    public string? GroupId { get; set; }

    /// <summary>What BossRemote wrote into TeamViewer's <c>custom_api</c>, to find the case again after a timeout.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The technician who pressed Play (the case's owner).</summary>
    public string CreatedById { get; set; } = "";

    public string CreatedByName { get; set; } = "";

    /// <summary>Start: when BossRemote created the case.</summary>
    public DateTime CreatedAt { get; set; }

    public DateTime? ValidUntil { get; set; }

    /// <summary>End: when the case was closed or expired.</summary>
    public DateTime? EndedAt { get; set; }

    public string? EndedByName { get; set; }

    /// <summary>True when closed in BossRemote only, because TeamViewer no longer accepted the token.</summary>
    public bool ClosedLocallyOnly { get; set; }

    public bool CustomerOnline { get; set; }

    public DateTime? CustomerOnlineChangedAt { get; set; }

    /// <summary>Connected time from TeamViewer's connection report, when one exists.</summary>
    public int? ConnectedSeconds { get; set; }

    public int Version { get; set; }

    public bool IsOpen => State is ServiceCaseState.Pending or ServiceCaseState.Active;

    public TimeSpan? Duration => EndedAt - CreatedAt;

    /// <summary>The case's <c>custom_api</c> text: the ticket and the case, so TeamViewer data leads back here.</summary>
    public static string ReferenceFor(int ticketNumber, Guid attempt) => $"bossremote:ticket:{ticketNumber}:{attempt:N}";
}
