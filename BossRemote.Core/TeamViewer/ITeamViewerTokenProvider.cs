namespace BossRemote.Core.TeamViewer;

/// <summary>Supplies the script token the client sends as <c>Authorization: Bearer …</c>.</summary>
public interface ITeamViewerTokenProvider
{
    /// <summary>The current token, or <see langword="null"/> when TeamViewer is not set up.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
