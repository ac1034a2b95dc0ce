namespace BossRemote.Core.TeamViewer.Models;

/// <summary>Query of <c>GET /reports/connections</c> (doc §4). Dates are sent as UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
public sealed record ConnectionReportFilter
{
    public string? UserName { get; init; }

    public string? UserId { get; init; }

    /// <summary><c>0</c> = connections without a group.</summary>
    public string? GroupId { get; init; }

    public string? DeviceName { get; init; }

    public string? DeviceId { get; init; }

    /// <summary>Inclusive, on <c>start_date</c>.</summary>
    public DateTime? FromDate { get; init; }

    /// <summary>Exclusive (which date it applies to differs between TeamViewer's sources).</summary>
    public DateTime? ToDate { get; init; }

    /// <summary>The previous page's <see cref="ConnectionReportPage.NextOffset"/>; that record is skipped.</summary>
    public string? OffsetId { get; init; }

    public bool? HasCode { get; init; }

    public string? SessionCode { get; init; }

    /// <summary>1 RemoteConnection, 2 RemoteSupportActive, 3 RemoteSupportActiveSdk.</summary>
    public int? SupportSessionType { get; init; }
}
