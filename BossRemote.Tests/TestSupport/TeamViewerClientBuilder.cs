using BossRemote.Core.TeamViewer;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// The real <see cref="TeamViewerClient"/> against the live base URL with a configured token, unless a test says
/// otherwise. Flurl's <c>HttpTest</c> intercepts its calls, so nothing leaves the process.
/// </summary>
internal sealed class TeamViewerClientBuilder
{
    public const string BaseUrl = "https://webapi.teamviewer.com/api/v1";

    /// <summary>Distinctive enough that a leak into a message or a URL cannot go unnoticed.</summary>
    public const string Token = "12345678-tvScriptToken-Zq9xW4";

    private string? _token = Token;
    private IReadOnlyDictionary<string, string> _headers = new Dictionary<string, string>();

    private string _baseUrl = BaseUrl;

    public TeamViewerClientBuilder WithToken(string? token)
    {
        _token = token;
        return this;
    }

    public TeamViewerClientBuilder WithoutToken() => WithToken(null);

    /// <summary>Another address, for tests over real sockets (no <c>HttpTest</c>).</summary>
    public TeamViewerClientBuilder WithBaseUrl(string baseUrl)
    {
        _baseUrl = baseUrl;
        return this;
    }

    /// <summary>Headers the endpoint asks for (as the built-in simulator asks for its installation key).</summary>
    public TeamViewerClientBuilder WithEndpointHeader(string name, string value)
    {
        _headers = new Dictionary<string, string> { [name] = value };
        return this;
    }

    public TeamViewerClient Build()
    {
        var tokens = Substitute.For<ITeamViewerTokenProvider>();
        tokens.GetTokenAsync(Arg.Any<CancellationToken>()).Returns(_ => ValueTask.FromResult(_token));
        var endpoints = Substitute.For<ITeamViewerEndpointResolver>();
        endpoints.GetBaseUrl().Returns(_baseUrl);
        endpoints.GetHeadersAsync(Arg.Any<CancellationToken>()).Returns(_ => ValueTask.FromResult(_headers));
        var options = Substitute.For<IOptionsMonitor<TeamViewerOptions>>();
        options.CurrentValue.Returns(new TeamViewerOptions { Mode = TeamViewerMode.Live, BaseUrl = _baseUrl });
        return new TeamViewerClient(endpoints, tokens, options, NullLogger<TeamViewerClient>.Instance);
    }
}
