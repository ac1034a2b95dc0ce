using BossRemote.Core.Data;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// What every instance of the app in one soak shares: its data folder, database, job store, clock, SMTP server and the
/// address of the TeamViewer fault proxy. A restart builds a new instance over the same.
/// </summary>
internal sealed record SoakAppSettings(
    string DataDirectory, DatabaseProvider Provider, string? ConnectionString, TimeProvider Clock, TimeSpan PollInterval, int SmtpPort,
    string TeamViewerProxyUrl, SoakLog Log)
{
    public const string Token = "soak-script-token";

    /// <summary>The app's configuration, in the names an operator uses (SPEC §5), as the integration tests set it.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["BossRemote:DataDirectory"] = DataDirectory,
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:BossRemote"] = ConnectionString,
        ["Seed:Demo"] = "false",
        ["TeamViewer:Mode"] = "Simulator",
        ["TeamViewer:ScriptToken"] = Token,
        ["TeamViewer:PollInterval"] = PollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        // The shortest timeout the product accepts: a hanging TeamViewer costs the soak real seconds per call.
        ["TeamViewer:RequestTimeout"] = "00:00:01",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
    };
}
