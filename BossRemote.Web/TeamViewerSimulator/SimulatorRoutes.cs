using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Web.TeamViewerSimulator;

/// <summary>
/// Where the built-in simulator lives in the app, and the links it hands out. Links point at the simulator's own
/// pages on the host the API was called on, built from the code without dashes (doc §2.2).
/// </summary>
public static class SimulatorRoutes
{
    public const string Root = "/simulator/teamviewer";

    /// <summary>The API base path; the client's base URL is the app's address plus this.</summary>
    public const string ApiBase = Root + "/api/v1";

    /// <summary>The customer page: <c>/simulator/teamviewer/join/{code}</c>.</summary>
    public const string CustomerPage = Root + "/join";

    /// <summary>The supporter page: <c>/simulator/teamviewer/support/{code}-{token}</c>.</summary>
    public const string SupporterPage = Root + "/support";

    /// <summary>The web-client supporter link's target (it redirects to the supporter page).</summary>
    public const string WebClientConnect = Root + "/Connect/IndexByol";

    public static string CustomerLink(string baseUrl, string code) =>
        $"{baseUrl}{CustomerPage}/{SimulatorSessionCodes.Undashed(code)}";

    public static string SupporterLink(string baseUrl, string code, string supporterToken) =>
        $"{baseUrl}{SupporterPage}/{SimulatorSessionCodes.Undashed(code)}-{supporterToken}";

    /// <summary>TeamViewer's shape: <c>…/Connect/IndexByol?sessioncode=…&amp;servicequeuetoken=…&amp;lang=en&amp;displayName=…</c>.</summary>
    public static string WebClientSupporterLink(string baseUrl, string code, string supporterToken, string displayName) =>
        $"{baseUrl}{WebClientConnect}?sessioncode={SimulatorSessionCodes.Undashed(code)}&servicequeuetoken={Uri.EscapeDataString(supporterToken)}" +
        $"&lang=en&displayName={Uri.EscapeDataString(displayName)}";
}
