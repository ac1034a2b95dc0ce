using System.Net;
using BossRemote.Core.Common;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.TeamViewerSimulator;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>Where the simulator is and is not: its own migrated file, no socket under TestServer, nothing in Live mode.</summary>
public class SimulatorModeTests
{
    [Fact]
    public async Task Start_SimulatorMode_MigratesItsOwnFileInTheDataFolder()
    {
        await using var factory = new BossRemoteWebFactory();
        _ = factory.Server;

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<SimulatorDbContext>>().CreateDbContextAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        File.Exists(Path.Combine(factory.DataDirectory, SimulatorDbContext.FileName)).ShouldBeTrue();
    }

    [Fact]
    public async Task Client_InMemoryTestServer_FailsAsUnreachable()
    {
        await using var factory = new BossRemoteWebFactory().WithSetting("TeamViewer:ScriptToken", "some-token");
        _ = factory.Server;

        var resolverError = Should.Throw<TeamViewerException>(() =>
            factory.Services.GetRequiredService<ITeamViewerEndpointResolver>().GetBaseUrl());
        var clientError = await Should.ThrowAsync<TeamViewerException>(() =>
            factory.Services.GetRequiredService<ITeamViewerClient>().ListSessionsAsync());

        resolverError.Kind.ShouldBe(TeamViewerErrorKind.Unreachable);
        resolverError.UserMessage.ShouldStartWith("The built-in TeamViewer simulator is not reachable yet");
        clientError.Kind.ShouldBe(TeamViewerErrorKind.Unreachable);
    }

    [Fact]
    public async Task LiveMode_NoFakeApiNoPagesAndTheRealBaseUrl()
    {
        await using var factory = new BossRemoteWebFactory().WithSetting("TeamViewer:Mode", "Live");
        using var client = SignInClient.CreateClient(factory);

        var ping = await client.GetAsync("/simulator/teamviewer/api/v1/ping");
        var customerPage = await client.GetAsync("/simulator/teamviewer/join/s123456789");
        var baseUrl = factory.Services.GetRequiredService<ITeamViewerEndpointResolver>().GetBaseUrl();
        var headers = await factory.Services.GetRequiredService<ITeamViewerEndpointResolver>().GetHeadersAsync();
        var simulatorRoutes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(route => route.StartsWith(SimulatorRoutes.ApiBase, StringComparison.OrdinalIgnoreCase)
                            || route.StartsWith(SimulatorRoutes.WebClientConnect, StringComparison.OrdinalIgnoreCase));

        ping.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await ping.Content.ReadAsStringAsync()).ShouldNotContain("token_valid");
        customerPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        baseUrl.ShouldBe(TeamViewerOptions.LiveBaseUrl);
        headers.ShouldBeEmpty();
        simulatorRoutes.ShouldBeEmpty();
        File.Exists(Path.Combine(factory.Services.GetRequiredService<DataDirectory>().Root, SimulatorDbContext.FileName)).ShouldBeFalse();
    }
}
