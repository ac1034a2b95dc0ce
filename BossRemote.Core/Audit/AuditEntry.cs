namespace BossRemote.Core.Audit;

/// <summary>One audited action (a ticket change, the integration, settings or user administration): who did what, when; visible to admins.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>Null when BossRemote itself acted (a job).</summary>
    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>A stable verb such as <c>servicecase.created</c>; see <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    public int? TicketNumber { get; set; }

    public string? SessionCode { get; set; }

    public string Details { get; set; } = "";
}
