namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// The filters of <c>GET /reports/connections</c> as sent (doc §4). Dates are ISO 8601 (a date alone means
/// 00:00:00Z); <see cref="FromDate"/> is inclusive and <see cref="ToDate"/> exclusive, both on <c>start_date</c>.
/// </summary>
public sealed record SimulatedReportQuery
{
    public string? UserName { get; init; }

    public string? UserId { get; init; }

    /// <summary><c>0</c> = connections without a group.</summary>
    public string? GroupId { get; init; }

    /// <summary><c>unnamed_device</c> = devices without a name.</summary>
    public string? DeviceName { get; init; }

    public string? DeviceId { get; init; }

    public string? FromDate { get; init; }

    public string? ToDate { get; init; }

    /// <summary>The previous page's next offset: the id of its last record, which is skipped.</summary>
    public string? OffsetId { get; init; }

    public string? HasCode { get; init; }

    public string? SessionCode { get; init; }

    /// <summary>1/<c>RemoteConnection</c>, 2/<c>RemoteSupportActive</c>, 3/<c>RemoteSupportActiveSdk</c>.</summary>
    public string? SupportSessionType { get; init; }
}
