namespace BossRemote.Core.TeamViewer;

/// <summary>
/// Decides which API base URL the client calls. In <see cref="TeamViewerMode.Simulator"/> mode that is the app's
/// own simulator, whose address only the web host knows, so the web project supplies the implementation.
/// </summary>
public interface ITeamViewerEndpointResolver
{
    /// <summary>The absolute API base URL, ending in <c>/api/v1</c> (no trailing slash).</summary>
    /// <exception cref="TeamViewerException">The address cannot be determined (for example the server is not listening yet).</exception>
    string GetBaseUrl();
}
