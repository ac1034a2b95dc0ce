using System.Globalization;
using System.Text.RegularExpressions;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Parses and checks the API's raw inputs; enum-like values are accepted in any case.</summary>
internal static partial class SimulatorInput
{
    public static bool TryParseDate(string text, out DateTime value)
    {
        var parsed = DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
        value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return parsed;
    }

    public static SimulatedSessionState? ParseState(string text) => text.Trim().ToUpperInvariant() switch
    {
        "OPEN" => SimulatedSessionState.Open,
        "CLOSED" => SimulatedSessionState.Closed,
        _ => null,
    };

    public static string? ParseSessionType(string text) => text.Trim().ToUpperInvariant() switch
    {
        "DEFAULT" or "0" => SimulatedSession.DefaultType,
        "PILOT" or "1" => SimulatedSession.PilotType,
        _ => null,
    };

    public static bool? ParseBool(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => null,
    };

    /// <summary>Report types (doc §4): the number or its name.</summary>
    public static int? ParseReportType(string text) => text.Trim().ToUpperInvariant() switch
    {
        "1" or "REMOTECONNECTION" => 1,
        "2" or "REMOTESUPPORTACTIVE" => 2,
        "3" or "REMOTESUPPORTACTIVESDK" => 3,
        _ => null,
    };

    public static bool IsGroupId(string value) => GroupIdPattern().IsMatch(value);

    public static bool IsUserId(string value) => UserIdPattern().IsMatch(value);

    /// <summary>A blank value counts as not given.</summary>
    public static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^g\d+$")]
    private static partial Regex GroupIdPattern();

    [GeneratedRegex(@"^u\d+$")]
    private static partial Regex UserIdPattern();
}
