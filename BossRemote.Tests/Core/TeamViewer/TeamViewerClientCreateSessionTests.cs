using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

public class TeamViewerClientCreateSessionTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task CreateSessionAsync_DeskproLikeRequest_PostsDocumentedNamesOnly()
    {
        Http.RespondWith(TeamViewerSamples.CapturedSession);
        var request = new CreateSessionRequest
        {
            GroupName = "BossRemote",
            Description = "Outlook crashes on start",
            EndCustomer = new TeamViewerEndCustomer { Name = "Jon Snow", Email = "jon.snow@winterfell.example" },
            CustomApi = "bossremote:case:42",
        };

        await Client.CreateSessionAsync(request);

        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Post, "sessions");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe($"Bearer {Token}");
        call.HttpRequestMessage.Content!.Headers.ContentType!.MediaType.ShouldBe("application/json");
        call.ShouldHaveJsonBody("""
            {"groupname":"BossRemote","description":"Outlook crashes on start",
             "end_customer":{"name":"Jon Snow","email":"jon.snow@winterfell.example"},
             "custom_api":"bossremote:case:42"}
            """);
    }

    [Fact]
    public async Task CreateSessionAsync_EveryFieldSet_SendsSnakeCaseNamesAndApiDate()
    {
        Http.RespondWith(TeamViewerSamples.CapturedSession);
        var request = new CreateSessionRequest
        {
            GroupId = "g272032545",
            WaitingMessage = "Please wait",
            AssignedUserId = "u0",
            ValidUntil = new DateTime(2024, 4, 17, 20, 40, 38, DateTimeKind.Utc),
            SupportSessionType = "Default",
            EndCustomer = new TeamViewerEndCustomer { Name = "Max" },
        };

        await Client.CreateSessionAsync(request);

        Http.CallLog.ShouldHaveSingleItem().ShouldHaveJsonBody("""
            {"groupid":"g272032545","waiting_message":"Please wait","assigned_userid":"u0",
             "valid_until":"2024-04-17T20:40:38Z","support_session_type":"Default",
             "end_customer":{"name":"Max"}}
            """);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task CreateSessionAsync_OkOrCreated_ReturnsTheSession(int status)
    {
        Http.RespondWith(TeamViewerSamples.Doc21CreatedSession, status,
            new { Location = "https://webapi.teamviewer.com/api/v1/sessions/s12-345-678" });

        var session = await Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" });

        session.Code.ShouldBe("s12-345-678");
    }

    [Fact]
    public async Task CreateSessionAsync_Doc21Example_ParsesEveryField()
    {
        Http.RespondWith(TeamViewerSamples.Doc21CreatedSession);

        var session = await Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" });

        session.Code.ShouldBe("s12-345-678");
        session.State.ShouldBe(TeamViewerSessionState.Open);
        session.GroupId.ShouldBe("g425123356");
        session.EndCustomer.ShouldBe(new TeamViewerEndCustomer { Name = "Max" });
        session.Description.ShouldBe("I have a problem with my space bar.");
        session.AssignedUserId.ShouldBe("u7254190");
        session.EndCustomerLink.ShouldBe("https://getpilot.teamviewer.com/s12345678");
        session.SupporterLink.ShouldBe("https://getpilot.teamviewer.com/s12345678-asfg1234asfg");
        session.ValidUntil.ShouldBe(new DateTime(2013, 10, 30, 12, 3, 29, DateTimeKind.Utc));
        session.ValidUntil!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        session.Online.ShouldBeFalse();
        session.CreatedAt.ShouldBeNull();
        session.WebclientSupporterLink.ShouldBeNull();
    }

    [Fact]
    public async Task CreateSessionAsync_CapturedRealResponse_ParsesEveryField()
    {
        Http.RespondWith(TeamViewerSamples.CapturedSession);

        var session = await Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" });

        session.ShouldBe(SessionSamples.Captured);
        new[] { session.AssignedAt, session.CreatedAt, session.ValidUntil, session.ClosedAt }
            .ShouldAllBe(date => date!.Value.Kind == DateTimeKind.Utc);
    }
}
