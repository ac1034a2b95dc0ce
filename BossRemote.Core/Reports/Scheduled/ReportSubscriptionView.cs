using BossRemote.Core.Email;

namespace BossRemote.Core.Reports.Scheduled;

/// <summary>One subscription as its list shows it: whose, what, when next, and how the last one went.</summary>
public sealed record ReportSubscriptionView(
    long Id,
    string OwnerName,
    bool IsMine,
    ReportFrequency Frequency,
    string TimeZoneId,
    string Technicians,
    DateTime NextDueUtc,
    DayRange? LastPeriod,
    EmailDeliveryStatus? LastStatus);
