using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.TeamViewerSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>The product's own <see cref="ITeamViewerClient"/> against the built-in simulator, over real HTTP.</summary>
[Collection(SimulatorCollection.Name)]
public class SimulatorClientTests
{
    private readonly KestrelApp _app;

    public SimulatorClientTests(SimulatorAppFixture fixture)
    {
        _app = fixture.App;
        _app.Tokens.Token = "client-" + Guid.NewGuid().ToString("N");
    }

    private ITeamViewerClient Client => _app.Client;

    private SimulatorAccount Account => SimulatorAccount.ForToken(_app.Tokens.Token!);

    [Fact]
    public void EndpointResolver_SimulatorMode_PointsAtTheAppsOwnAddress()
    {
        var baseUrl = _app.Services.GetRequiredService<ITeamViewerEndpointResolver>().GetBaseUrl();

        baseUrl.ShouldBe(_app.BaseUrl + SimulatorRoutes.ApiBase);
    }

    [Fact]
    public async Task Client_CreateGetListClose_WorksEndToEndOverHttp()
    {
        var created = await Client.CreateSessionAsync(new CreateSessionRequest
        {
            GroupName = "BOSS",
            Description = "Ticket #1042: printer jams",
            EndCustomer = new TeamViewerEndCustomer { Name = "Max Mustermann", Email = "max@example.com" },
            CustomApi = "bossremote:ticket:1042:flow",
        });

        var fetched = await Client.GetSessionAsync(created.Code);
        var open = await Client.ListSessionsAsync(new SessionListFilter { FullList = true });
        await Client.CloseSessionAsync(created.Code);
        var closed = await Client.GetSessionAsync(created.Code);
        var closedList = await Client.ListSessionsAsync(new SessionListFilter { States = [TeamViewerSessionState.Closed] });

        created.State.ShouldBe(TeamViewerSessionState.Open);
        created.ValidUntil.ShouldBe(created.CreatedAt!.Value.AddHours(24));
        created.AssignedUserId.ShouldBe(Account.UserId);
        created.EndCustomerLink.ShouldBe($"{_app.BaseUrl}{SimulatorRoutes.CustomerPage}/{SimulatorSessionCodes.Undashed(created.Code)}");
        created.SupporterLink.ShouldStartWith($"{_app.BaseUrl}{SimulatorRoutes.SupporterPage}/{SimulatorSessionCodes.Undashed(created.Code)}-");
        fetched.ShouldBe(created);
        open.Sessions.ShouldHaveSingleItem().CustomApi.ShouldBe("bossremote:ticket:1042:flow");
        closed.State.ShouldBe(TeamViewerSessionState.Closed);
        closed.ClosedAt.ShouldNotBeNull();
        closedList.Sessions.ShouldHaveSingleItem().Code.ShouldBe(created.Code);
    }

    [Fact]
    public async Task Client_CustomerJoinedAndCaseClosed_ReportShowsTheConnection()
    {
        var session = await Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS", Description = "Reports" });
        var customers = _app.Services.GetRequiredService<SimulatorCustomerService>();
        await customers.JoinAsync(session.Code);

        var online = await Client.GetSessionAsync(session.Code);
        await Client.CloseSessionAsync(session.Code);
        var page = await Client.ListConnectionReportsAsync(new ConnectionReportFilter { SessionCode = session.Code });

        online.Online.ShouldBeTrue();
        var report = page.Records.ShouldHaveSingleItem();
        report.SessionCode.ShouldBe(session.Code);
        report.SupportSessionType.ShouldBe(2);
        report.SessionNote.ShouldBe("Reports");
        report.Duration.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
        page.NextOffset.ShouldBeNull();
        (await Client.GetSessionAsync(session.Code)).Online.ShouldBeFalse();
    }

    [Fact]
    public async Task Client_ListAll_WalksEveryPageOfSessionsAndReports()
    {
        var factory = _app.Services.GetRequiredService<IDbContextFactory<SimulatorDbContext>>();
        var sessions = await SimulatorSeed.SessionsAsync(factory, Account, 1203, DateTime.UtcNow.AddDays(-1));
        var reports = await SimulatorSeed.ReportsAsync(factory, Account, 1001, DateTime.UtcNow.AddDays(-3));

        var firstPage = await Client.ListSessionsAsync();
        var allSessions = await Client.ListAllSessionsAsync(new SessionListFilter { FullList = true }).ToListAsync();
        var allReports = await Client.ListAllConnectionReportsAsync().ToListAsync();

        firstPage.Sessions.Count.ShouldBe(1000);
        firstPage.SessionsRemaining.ShouldBe(203);
        allSessions.Select(s => s.Code).ShouldBe(sessions.OrderByDescending(s => s.CreatedAt).Select(s => s.Code));
        allReports.Select(r => r.Id).ShouldBe(reports.OrderByDescending(r => r.EndDate).Select(r => r.Id));
    }

    [Fact]
    public async Task Client_Groups_CreateListGet()
    {
        var created = await Client.CreateGroupAsync("Escalations");

        var listed = await Client.ListGroupsAsync("escal");
        var fetched = await Client.GetGroupAsync(created.Id);

        created.Permissions.ShouldBe("owned");
        listed.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
        fetched.Name.ShouldBe("Escalations");
    }

    [Theory]
    [InlineData("revoked-", TeamViewerErrorKind.InvalidToken)]
    [InlineData("invalid-", TeamViewerErrorKind.InvalidToken)]
    [InlineData("expired-", TeamViewerErrorKind.TokenExpired)]
    [InlineData("noperm-", TeamViewerErrorKind.PermissionDenied)]
    [InlineData("ratelimited-", TeamViewerErrorKind.RateLimited)]
    public async Task Client_TokenRule_SurfacesAsTheRightErrorKind(string prefix, TeamViewerErrorKind kind)
    {
        _app.Tokens.Token = prefix + Guid.NewGuid().ToString("N");

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.ListSessionsAsync());

        error.Kind.ShouldBe(kind);
    }

    [Fact]
    public async Task Client_UnknownCodeAndMissingGroup_AreNotFoundAndBadRequest()
    {
        var unknown = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s999-999-999"));
        var noGroup = await Should.ThrowAsync<TeamViewerException>(() => Client.CreateSessionAsync(new CreateSessionRequest { Description = "x" }));

        unknown.Kind.ShouldBe(TeamViewerErrorKind.NotFound);
        noGroup.Kind.ShouldBe(TeamViewerErrorKind.BadRequest);
        noGroup.Error.ShouldBe("invalid_request");
    }

    [Fact]
    public async Task Client_Ping_TellsGoodTokensFromBadOnes()
    {
        (await Client.PingAsync("good-token")).ShouldBeTrue();
        (await Client.PingAsync("revoked-token")).ShouldBeFalse();
        (await Client.PingAsync(null)).ShouldBeFalse();
    }

    [Fact]
    public async Task Client_AnotherToken_SeesNoneOfTheSessions()
    {
        var mine = await Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS" });
        _app.Tokens.Token = "other-" + Guid.NewGuid().ToString("N");

        var theirs = await Client.ListSessionsAsync();
        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync(mine.Code));

        theirs.Sessions.ShouldBeEmpty();
        error.Kind.ShouldBe(TeamViewerErrorKind.NotFound);
    }
}
