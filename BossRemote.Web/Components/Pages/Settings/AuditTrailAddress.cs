using System.Globalization;
using BossRemote.Core.Audit;
using BossRemote.Web.Components.Pages.Settings.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace BossRemote.Web.Components.Pages.Settings;

/// <summary>
/// The audit trail's filter in its address, so a link or Back restores it:
/// <c>settings/audit?person=…&amp;action=ticket.changed&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>. The days are the viewer's.
/// </summary>
public static class AuditTrailAddress
{
    public const string Path = "settings/audit";

    private const string DateFormat = "yyyy-MM-dd";

    public static string For(AuditFilterState filter)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        Add(parameters, "person", filter.Actor);
        Add(parameters, "action", filter.Action);
        Add(parameters, "from", filter.From?.ToString(DateFormat, CultureInfo.InvariantCulture));
        Add(parameters, "to", filter.To?.ToString(DateFormat, CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString(Path, parameters);
    }

    /// <summary>The filter an address asks for; what it cannot use is left out and <paramref name="problem"/> says so.</summary>
    public static AuditFilterState Parse(string? person, string? action, string? from, string? to, out string? problem)
    {
        problem = null;
        if (action is not null && !AuditActions.All.Contains(action))
        {
            problem = $"The address names no action called \"{action}\"; showing all actions.";
            action = null;
        }

        var first = Day(from);
        var last = Day(to);
        if ((from is not null && first is null) || (to is not null && last is null) || last < first)
        {
            problem = "The dates in the address are not a valid range (yyyy-MM-dd, the end not before the start); showing all days.";
            (first, last) = (null, null);
        }

        return new AuditFilterState(string.IsNullOrEmpty(person) ? null : person, action, first, last);
    }

    private static void Add(List<KeyValuePair<string, string?>> parameters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parameters.Add(new(name, value));
        }
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
