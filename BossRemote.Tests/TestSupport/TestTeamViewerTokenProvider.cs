using BossRemote.Core.TeamViewer;

namespace BossRemote.Tests.TestSupport;

/// <summary>Hands the client whatever token the test sets, so one app can be called as many accounts.</summary>
public sealed class TestTeamViewerTokenProvider : ITeamViewerTokenProvider
{
    public string? Token { get; set; }

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Token);
}
