using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewer.Json;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>
/// One record of <c>GET /reports/connections</c> (doc §4). The session fields are present only for connections made
/// through a session code. There is no <c>duration</c> field: see <see cref="Duration"/>.
/// </summary>
public sealed record ConnectionReport
{
    /// <summary>A GUID, e.g. <c>B144268F-5A3A-4130-9054-A8F4598B0125</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("userid")]
    public string? UserId { get; init; }

    [JsonPropertyName("username")]
    public string? UserName { get; init; }

    [JsonPropertyName("deviceid")]
    public string? DeviceId { get; init; }

    [JsonPropertyName("devicename")]
    public string? DeviceName { get; init; }

    [JsonPropertyName("groupid")]
    public string? GroupId { get; init; }

    [JsonPropertyName("groupname")]
    public string? GroupName { get; init; }

    [JsonPropertyName("contact_id")]
    public string? ContactId { get; init; }

    /// <summary>An integer here, unlike sessions: 1 RemoteConnection, 2 RemoteSupportActive, 3 RemoteSupportActiveSdk.</summary>
    [JsonPropertyName("support_session_type")]
    [JsonConverter(typeof(LenientInt32JsonConverter))]
    public int? SupportSessionType { get; init; }

    [JsonPropertyName("start_date")]
    public DateTime? StartDate { get; init; }

    [JsonPropertyName("end_date")]
    public DateTime? EndDate { get; init; }

    [JsonPropertyName("fee")]
    public decimal? Fee { get; init; }

    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary><c>Bill</c>, <c>Billed</c> or <c>DoNotBill</c>.</summary>
    [JsonPropertyName("billing_state")]
    public string? BillingState { get; init; }

    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    [JsonPropertyName("session_code")]
    public string? SessionCode { get; init; }

    [JsonPropertyName("session_created_at")]
    public DateTime? SessionCreatedAt { get; init; }

    [JsonPropertyName("valid_until")]
    public DateTime? ValidUntil { get; init; }

    [JsonPropertyName("assigned_userid")]
    public string? AssignedUserId { get; init; }

    [JsonPropertyName("assigned_at")]
    public DateTime? AssignedAt { get; init; }

    /// <summary>The service case's description.</summary>
    [JsonPropertyName("session_note")]
    public string? SessionNote { get; init; }

    [JsonPropertyName("custom_api")]
    public string? CustomApi { get; init; }

    [JsonPropertyName("end_customer")]
    public TeamViewerEndCustomer? EndCustomer { get; init; }

    [JsonPropertyName("feedback")]
    public ConnectionFeedback? Feedback { get; init; }

    /// <summary><c>end_date − start_date</c>, when both are known.</summary>
    [JsonIgnore]
    public TimeSpan? Duration => StartDate is { } start && EndDate is { } end ? end - start : null;
}
