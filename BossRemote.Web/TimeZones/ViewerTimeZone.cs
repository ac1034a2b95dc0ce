namespace BossRemote.Web.TimeZones;

/// <summary>
/// The time zone of the person looking at the page (from the browser), so every time shows in their zone.
/// One per circuit; set from the <c>bossremote_tz</c> cookie or, failing that, from the browser after first render.
/// </summary>
public sealed class ViewerTimeZone
{
    public const string CookieName = "bossremote_tz";

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public bool IsKnown { get; private set; }

    public event Action? Changed;

    public bool TrySet(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return false;
        }

        var changed = !IsKnown || zone.Id != Zone.Id;
        Zone = zone;
        IsKnown = true;
        if (changed)
        {
            Changed?.Invoke();
        }

        return true;
    }

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The zone's short label for a moment, e.g. "UTC+01:00".</summary>
    public string OffsetLabel(DateTime utc)
    {
        var offset = Zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
