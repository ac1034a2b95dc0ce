namespace BossRemote.Core.TeamViewer;

/// <summary>
/// Decides which API base URL the client calls, and what else such a call carries. In
/// <see cref="TeamViewerMode.Simulator"/> mode that is the app's own simulator, whose address only the web host knows,
/// so the web project supplies the implementation.
/// </summary>
public interface ITeamViewerEndpointResolver
{
    /// <summary>The absolute API base URL, ending in <c>/api/v1</c> (no trailing slash).</summary>
    /// <exception cref="TeamViewerException">The address cannot be determined (for example the server is not listening yet).</exception>
    string GetBaseUrl();

    /// <summary>
    /// Headers every call to <see cref="GetBaseUrl"/> carries besides the bearer token: none for TeamViewer itself; for
    /// the built-in simulator, this installation's key, without which it answers 404 to everyone (ADR-017).
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetHeadersAsync(CancellationToken cancellationToken = default);
}
