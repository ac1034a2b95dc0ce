using System.Globalization;
using BossRemote.Core.Tickets;

namespace BossRemote.Core.Reports;

/// <summary>
/// One row of the Session Summary, to list its sessions: a technician's id, or the category id or the type, priority or
/// source (as its number) of a breakdown. Comes from a page or a query string, so <see cref="Validate"/> treats it as
/// untrusted.
/// </summary>
public sealed record ReportRow(ReportRowKind Kind, string Key)
{
    public const int MaxKeyLength = 450;

    public static ReportRow Technician(string id) => new(ReportRowKind.Technician, id);

    public static ReportRow For(ReportRowKind kind, int key) => new(kind, key.ToString(CultureInfo.InvariantCulture));

    /// <summary>The breakdown value as a number (category id, or the enum's value); 0 for a technician.</summary>
    public int Number => Kind == ReportRowKind.Technician ? 0 : int.Parse(Key, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Why the row cannot be listed, or null when it can.</summary>
    public string? Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            return "Unknown kind of report row.";
        }

        if (string.IsNullOrWhiteSpace(Key) || Key.Length > MaxKeyLength)
        {
            return "The report row has no key.";
        }

        if (Kind == ReportRowKind.Technician)
        {
            return null;
        }

        if (!int.TryParse(Key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return $"\"{Key}\" is not a {Kind.ToString().ToLowerInvariant()} of the report.";
        }

        var known = Kind switch
        {
            ReportRowKind.Type => Enum.IsDefined((TicketType)number),
            ReportRowKind.Priority => Enum.IsDefined((TicketPriority)number),
            ReportRowKind.Source => Enum.IsDefined((TicketSource)number),
            _ => true,
        };
        return known ? null : $"\"{Key}\" is not a {Kind.ToString().ToLowerInvariant()} of the report.";
    }
}
