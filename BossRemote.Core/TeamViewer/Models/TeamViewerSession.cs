using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewer.Json;

namespace BossRemote.Core.TeamViewer.Models;

/// <summary>
/// A service case as TeamViewer returns it (doc §2.2). The minimal list (<c>full_list=false</c>) fills only
/// <see cref="Code"/>, <see cref="State"/>, <see cref="Online"/>, <see cref="GroupId"/> and
/// <see cref="SupportSessionType"/>; empty fields are often omitted and stay <see langword="null"/>. Dates are UTC.
/// </summary>
public sealed record TeamViewerSession
{
    /// <summary>The session code, e.g. <c>s119-457-589</c>.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("state")]
    public TeamViewerSessionState State { get; init; }

    [JsonPropertyName("groupid")]
    public string? GroupId { get; init; }

    [JsonPropertyName("custom_module_id")]
    public string? CustomModuleId { get; init; }

    [JsonPropertyName("waiting_message")]
    public string? WaitingMessage { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("end_customer")]
    public TeamViewerEndCustomer? EndCustomer { get; init; }

    /// <summary><c>u0</c> when unassigned.</summary>
    [JsonPropertyName("assigned_userid")]
    public string? AssignedUserId { get; init; }

    [JsonPropertyName("assigned_at")]
    public DateTime? AssignedAt { get; init; }

    /// <summary>The link the customer opens (QuickSupport / the client).</summary>
    [JsonPropertyName("end_customer_link")]
    public string? EndCustomerLink { get; init; }

    /// <summary>The link the technician opens to connect.</summary>
    [JsonPropertyName("supporter_link")]
    public string? SupporterLink { get; init; }

    [JsonPropertyName("webclient_supporter_link")]
    public string? WebclientSupporterLink { get; init; }

    /// <summary>Free-form integration data (≤ 4000 characters), visible only through the API.</summary>
    [JsonPropertyName("custom_api")]
    public string? CustomApi { get; init; }

    [JsonPropertyName("created_at")]
    public DateTime? CreatedAt { get; init; }

    /// <summary>The code stops working at this time; <see cref="State"/> may still say open (doc §2.2).</summary>
    [JsonPropertyName("valid_until")]
    public DateTime? ValidUntil { get; init; }

    [JsonPropertyName("closed_at")]
    public DateTime? ClosedAt { get; init; }

    [JsonPropertyName("tv_version")]
    [JsonConverter(typeof(LenientStringJsonConverter))]
    public string? TvVersion { get; init; }

    /// <summary>Whether the customer is connected to the session code right now.</summary>
    [JsonPropertyName("online")]
    public bool Online { get; init; }

    /// <summary><c>Default</c> or <c>Pilot</c> (a number is kept as its text).</summary>
    [JsonPropertyName("support_session_type")]
    [JsonConverter(typeof(LenientStringJsonConverter))]
    public string? SupportSessionType { get; init; }

    /// <summary>Open and not past <see cref="ValidUntil"/> at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTime now) => State == TeamViewerSessionState.Open && (ValidUntil is null || ValidUntil > now);
}
