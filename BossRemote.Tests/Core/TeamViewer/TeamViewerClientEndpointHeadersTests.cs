using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>The headers the endpoint asks for (the built-in simulator's installation key) go with every call, and only those.</summary>
public class TeamViewerClientEndpointHeadersTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task AnyCall_EndpointAsksForAHeader_CarriesIt()
    {
        var client = CreateClient(new TeamViewerClientBuilder().WithEndpointHeader(SimulatorInstallationKey.HeaderName, "installation-key"));
        Http.RespondWith("""{"token_valid":true}""");
        Http.RespondWith("""{"sessions":[]}""");

        await client.PingAsync("candidate-token");
        await client.ListSessionsAsync();

        Http.CallLog.Count.ShouldBe(2);
        Http.CallLog.ShouldAllBe(call => call.Request.Headers.Contains(SimulatorInstallationKey.HeaderName, "installation-key"));
    }

    [Fact]
    public async Task AnyCall_EndpointAsksForNothing_SendsNoSimulatorKey()
    {
        Http.RespondWith("""{"sessions":[]}""");

        await Client.ListSessionsAsync();

        Http.CallLog.ShouldHaveSingleItem().Request.Headers.Contains(SimulatorInstallationKey.HeaderName).ShouldBeFalse();
    }
}
