using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.TeamViewerSimulator;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace BossRemote.Tests.Web.TeamViewerSimulator;

public class SimulatorEndpointResolverTests(SimulatorTestDatabase database) : IClassFixture<SimulatorTestDatabase>
{
    private readonly SimulatorInstallationKey _installationKey = new(database.Factory, TimeProvider.System);

    [Fact]
    public void GetBaseUrl_SimulatorMode_PrefersHttpAndAppendsTheApiPath()
    {
        var resolver = CreateResolver(TeamViewerMode.Simulator, "https://[::]:5001", "http://[::]:5080");

        resolver.GetBaseUrl().ShouldBe("http://localhost:5080/simulator/teamviewer/api/v1");
    }

    [Fact]
    public void GetBaseUrl_OnlyHttps_UsesIt()
    {
        var resolver = CreateResolver(TeamViewerMode.Simulator, "https://localhost:5001");

        resolver.GetBaseUrl().ShouldBe("https://localhost:5001/simulator/teamviewer/api/v1");
    }

    [Fact]
    public void GetBaseUrl_NoAddressYet_IsUnreachable()
    {
        var resolver = CreateResolver(TeamViewerMode.Simulator);

        var error = Should.Throw<TeamViewerException>(resolver.GetBaseUrl);

        error.Kind.ShouldBe(TeamViewerErrorKind.Unreachable);
        error.UserMessage.ShouldBe(SimulatorEndpointResolver.NotReachableMessage);
    }

    [Fact]
    public void GetBaseUrl_LiveMode_IsTheConfiguredBaseUrl()
    {
        var resolver = CreateResolver(TeamViewerMode.Live, "http://localhost:5080");

        resolver.GetBaseUrl().ShouldBe("https://webapi.teamviewer.com/api/v1");
    }

    [Fact]
    public async Task GetHeadersAsync_SimulatorMode_CarriesThisInstallationsKey()
    {
        var resolver = CreateResolver(TeamViewerMode.Simulator, "http://localhost:5080");

        var headers = await resolver.GetHeadersAsync();

        headers.ShouldHaveSingleItem().Key.ShouldBe(SimulatorInstallationKey.HeaderName);
        headers[SimulatorInstallationKey.HeaderName].ShouldBe(await _installationKey.GetAsync());
    }

    [Fact]
    public async Task GetHeadersAsync_LiveMode_SendsTeamViewerNothingOfTheSimulator()
    {
        var resolver = CreateResolver(TeamViewerMode.Live, "http://localhost:5080");

        var headers = await resolver.GetHeadersAsync();

        headers.ShouldBeEmpty();
    }

    private SimulatorEndpointResolver CreateResolver(TeamViewerMode mode, params string[] addresses)
    {
        var options = Substitute.For<IOptionsMonitor<TeamViewerOptions>>();
        options.CurrentValue.Returns(new TeamViewerOptions { Mode = mode, BaseUrl = TeamViewerOptions.LiveBaseUrl + "/" });
        return new SimulatorEndpointResolver(ListeningServer.On(addresses), options, _installationKey);
    }
}
