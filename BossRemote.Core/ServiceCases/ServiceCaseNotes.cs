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

    /// <summary>How the technician's wrap-up starts in a Stop note, after the summary line.</summary>
    public const string WrapUpLabel = "Wrap-up: ";

    /// <summary>The same ending, with the technician's wrap-up written under its summary line.</summary>
    public static ServiceCaseEnding.Outcome WithWrapUp(ServiceCaseEnding.Outcome outcome, string? wrapUp) =>
        wrapUp is null ? outcome : outcome with { Note = c => $"{outcome.Note(c)}\n{WrapUpLabel}{wrapUp}" };

    /// <summary>The wrap-up a case's note carries (what follows <see cref="WrapUpLabel"/> on its third line on), or null.</summary>
    public static string? WrapUpOf(string body)
    {
        var at = body.IndexOf("\n" + WrapUpLabel, StringComparison.Ordinal);
        return at < 0 ? null : body[(at + 1 + WrapUpLabel.Length)..];
    }

    /// <summary>Start, end, duration and — when TeamViewer reported it — the connected time.</summary>
    public static string Summary(ServiceCase c)
    {
        var text = $"Start: {Utc(c.CreatedAt)} · End: {Utc(c.EndedAt)} · Duration: {(c.Duration is { } d ? DurationText.Format(d) : "—")}";
        return c.ConnectedSeconds is { } connected ? $"{text} · Connected: {DurationText.FormatSeconds(connected)}" : text;
    }

    private static string Utc(DateTime? utc) =>
        utc is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";
}
