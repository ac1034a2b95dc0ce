using System.Globalization;
using BossRemote.Core.Common;

namespace BossRemote.Core.ServiceCases;

/// <summary>
/// The system notes a case writes into its ticket. The first line reads on its own; the detail lines repeat the
/// times in UTC so the text stays exact wherever it is copied. The timeline shows the details from the linked case
/// instead, in the viewer's time zone.
/// </summary>
public static class ServiceCaseNotes
{
    public static string Started(ServiceCase c) =>
        $"TeamViewer service case {c.SessionCode} started by {c.CreatedByName}.\nValid until: {Utc(c.ValidUntil)}";

    public static string Closed(ServiceCase c) =>
        $"TeamViewer service case {c.SessionCode} closed by {c.EndedByName}.\n{Summary(c)}";

    public static string ClosedLocally(ServiceCase c) =>
        $"TeamViewer service case {c.SessionCode} closed in BossRemote only by {c.EndedByName} (TeamViewer no longer accepted BossRemote's token).\n{Summary(c)}";

    public static string ClosedInTeamViewer(ServiceCase c) =>
        $"TeamViewer service case {c.SessionCode} was closed in TeamViewer.\n{Summary(c)}";

    public static string GoneFromTeamViewer(ServiceCase c) =>
        $"TeamViewer service case {c.SessionCode} ended: the session no longer exists in TeamViewer.\n{Summary(c)}";

    public static string Expired(ServiceCase c) =>
        $"TeamViewer service case {c.SessionCode} expired without being stopped.\n{Summary(c)}";

    /// <summary>Start, end, duration and — when TeamViewer reported it — the connected time.</summary>
    public static string Summary(ServiceCase c)
    {
        var text = $"Start: {Utc(c.CreatedAt)} · End: {Utc(c.EndedAt)} · Duration: {(c.Duration is { } d ? DurationText.Format(d) : "—")}";
        return c.ConnectedSeconds is { } connected ? $"{text} · Connected: {DurationText.FormatSeconds(connected)}" : text;
    }

    private static string Utc(DateTime? utc) =>
        utc is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";
}
