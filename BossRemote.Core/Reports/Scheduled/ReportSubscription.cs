namespace BossRemote.Core.Reports.Scheduled;

/// <summary>
/// A person's standing order for the TeamViewer Session Summary by e-mail: which technicians (none: all), how often and
/// in which time zone its days and its 07:00 are read. Sent to the person's own address as it is at the time.
/// </summary>
public sealed class ReportSubscription
{
    public const int TimeZoneMaxLength = 100;

    /// <summary>Technician ids, in order, separated by this (ids are GUIDs, so it never occurs in one).</summary>
    private const char Separator = ',';

    private ReportSubscription()
    {
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    public ReportFrequency Frequency { get; private set; }

    public string TimeZoneId { get; private set; } = "";

    /// <summary>The chosen technicians' ids, sorted and joined; empty for all technicians.</summary>
    public string TechnicianIds { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<string> Technicians =>
        TechnicianIds.Length == 0 ? [] : TechnicianIds.Split(Separator);

    public static ReportSubscription Create(string userId, ReportFrequency frequency, string timeZoneId, IEnumerable<string> technicianIds, DateTime now) =>
        new()
        {
            UserId = userId,
            Frequency = frequency,
            TimeZoneId = timeZoneId,
            TechnicianIds = Join(technicianIds),
            CreatedAt = now,
        };

    /// <summary>The stored form of a choice of technicians, so two equal choices compare equal.</summary>
    public static string Join(IEnumerable<string> technicianIds) =>
        string.Join(Separator, technicianIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>
    /// The first period it sends is the first to fall due after it was made: subscribing on a Wednesday does not send
    /// last week's report at once.
    /// </summary>
    public bool Covers(ReportPeriod period) => period.DueUtc >= CreatedAt;

    /// <summary>The query of <paramref name="period"/>: the subscription's technicians and zone.</summary>
    public SessionSummaryQuery QueryFor(ReportPeriod period) => new(Technicians, period.Days, TimeZoneId);
}
