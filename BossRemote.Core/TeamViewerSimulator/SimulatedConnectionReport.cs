namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>A connection report (doc §4), written when a simulated customer leaves or their session is closed.</summary>
public sealed class SimulatedConnectionReport
{
    /// <summary>Support through a session code (<c>RemoteSupportActive</c>).</summary>
    public const int RemoteSupportActive = 2;

    /// <summary>An upper-case GUID.</summary>
    public string Id { get; set; } = "";

    public string AccountId { get; set; } = "";

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string? DeviceId { get; set; }

    public string? DeviceName { get; set; }

    public string? GroupId { get; set; }

    public string? GroupName { get; set; }

    public int SupportSessionType { get; set; } = RemoteSupportActive;

    public DateTime StartDate { get; set; }

    public DateTime EndDate { get; set; }

    public decimal Fee { get; set; }

    public string Currency { get; set; } = "EUR";

    /// <summary><c>Bill</c>, <c>Billed</c> or <c>DoNotBill</c>.</summary>
    public string BillingState { get; set; } = "Bill";

    public string? Notes { get; set; }

    public string? SessionCode { get; set; }

    public DateTime? SessionCreatedAt { get; set; }

    public DateTime? ValidUntil { get; set; }

    public string? AssignedUserId { get; set; }

    public DateTime? AssignedAt { get; set; }

    /// <summary>The session's description.</summary>
    public string? SessionNote { get; set; }

    public string? CustomApi { get; set; }

    public string? EndCustomerName { get; set; }

    public string? EndCustomerEmail { get; set; }
}
