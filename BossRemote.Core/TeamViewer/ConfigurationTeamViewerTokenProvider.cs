using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewer;

/// <summary>
/// Reads <c>TeamViewer:ScriptToken</c> from configuration. A stop-gap until the encrypted settings store provides
/// the token an admin entered; that store replaces this registration.
/// </summary>
internal sealed class ConfigurationTeamViewerTokenProvider(IOptionsMonitor<TeamViewerOptions> options) : ITeamViewerTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var token = options.CurrentValue.ScriptToken;
        return ValueTask.FromResult(string.IsNullOrWhiteSpace(token) ? null : token.Trim());
    }
}
