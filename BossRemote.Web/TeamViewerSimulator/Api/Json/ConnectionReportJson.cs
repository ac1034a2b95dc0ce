using System.Text.Json.Serialization;
using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Web.TeamViewerSimulator.Api.Json;

/// <summary>A connection report record (doc §4): integer <c>support_session_type</c>, no <c>duration</c>.</summary>
internal sealed record ConnectionReportJson
{
    [JsonPropertyName("id")] public required string Id { get; init; }

    [JsonPropertyName("userid")] public string? UserId { get; init; }

    [JsonPropertyName("username")] public string? UserName { get; init; }

    [JsonPropertyName("deviceid")] public string? DeviceId { get; init; }

    [JsonPropertyName("devicename")] public string? DeviceName { get; init; }

    [JsonPropertyName("groupid")] public string? GroupId { get; init; }

    [JsonPropertyName("groupname")] public string? GroupName { get; init; }

    [JsonPropertyName("support_session_type")] public int SupportSessionType { get; init; }

    [JsonPropertyName("start_date")] public string? StartDate { get; init; }

    [JsonPropertyName("end_date")] public string? EndDate { get; init; }

    [JsonPropertyName("fee")] public decimal Fee { get; init; }

    [JsonPropertyName("currency")] public string? Currency { get; init; }

    [JsonPropertyName("billing_state")] public string? BillingState { get; init; }

    [JsonPropertyName("notes")] public string? Notes { get; init; }

    [JsonPropertyName("session_code")] public string? SessionCode { get; init; }

    [JsonPropertyName("session_created_at")] public string? SessionCreatedAt { get; init; }

    [JsonPropertyName("valid_until")] public string? ValidUntil { get; init; }

    [JsonPropertyName("assigned_userid")] public string? AssignedUserId { get; init; }

    [JsonPropertyName("assigned_at")] public string? AssignedAt { get; init; }

    [JsonPropertyName("session_note")] public string? SessionNote { get; init; }

    [JsonPropertyName("custom_api")] public string? CustomApi { get; init; }

    [JsonPropertyName("end_customer")] public EndCustomerJson? EndCustomer { get; init; }

    [JsonPropertyName("feedback")] public FeedbackJson? Feedback { get; init; }

    public static ConnectionReportJson From(SimulatedConnectionReport r)
    {
        var viaCode = r.SessionCode is not null;
        return new()
        {
            Id = r.Id, UserId = r.UserId, UserName = r.UserName, DeviceId = r.DeviceId, DeviceName = SimulatorJson.Text(r.DeviceName),
            GroupId = r.GroupId, GroupName = r.GroupName, SupportSessionType = r.SupportSessionType,
            StartDate = SimulatorJson.Date(r.StartDate), EndDate = SimulatorJson.Date(r.EndDate),
            Fee = r.Fee, Currency = r.Currency, BillingState = r.BillingState, Notes = SimulatorJson.Text(r.Notes),
            SessionCode = r.SessionCode, SessionCreatedAt = SimulatorJson.Date(r.SessionCreatedAt),
            ValidUntil = SimulatorJson.Date(r.ValidUntil), AssignedUserId = r.AssignedUserId,
            AssignedAt = SimulatorJson.Date(r.AssignedAt), SessionNote = SimulatorJson.Text(r.SessionNote),
            CustomApi = SimulatorJson.Text(r.CustomApi), EndCustomer = EndCustomerJson.From(r.EndCustomerName, r.EndCustomerEmail),
            // Session-code fields, feedback included, exist only for connections made through a code.
            Feedback = viaCode ? FeedbackJson.None : null,
        };
    }
}
