using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>GET /sessions/{code}</c> and one page of <c>GET /sessions</c>.</summary>
public class TeamViewerClientSessionTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task GetSessionAsync_DashedCode_GetsThatSessionWithBearerToken()
    {
        Http.RespondWith(TeamViewerSamples.CapturedSession);

        var session = await Client.GetSessionAsync(" s119-457-589 ");

        session.ShouldBe(SessionSamples.Captured);
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Get, "sessions/s119-457-589");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe($"Bearer {Token}");
    }

    [Theory]
    [InlineData("s1/../../groups")]
    [InlineData("s1?full_list=true")]
    [InlineData("s1#x")]
    public async Task GetSessionAsync_CodeWithUrlCharacters_StaysOneEncodedPathSegment(string code)
    {
        Http.RespondWith(TeamViewerSamples.CapturedSession);

        await Client.GetSessionAsync(code);

        var call = Http.CallLog.ShouldHaveSingleItem();
        call.HttpRequestMessage.RequestUri!.AbsolutePath.ShouldBe("/api/v1/sessions/" + Uri.EscapeDataString(code));
        call.HttpRequestMessage.RequestUri.Query.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task CloseSessionAsync_DotSegmentCode_RefusedWithoutSending(string code)
    {
        await Should.ThrowAsync<ArgumentException>(() => Client.CloseSessionAsync(code));

        Http.CallLog.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\"Open\"", TeamViewerSessionState.Open)]
    [InlineData("\"open\"", TeamViewerSessionState.Open)]
    [InlineData("\"OPEN\"", TeamViewerSessionState.Open)]
    [InlineData("\"Closed\"", TeamViewerSessionState.Closed)]
    [InlineData("\"closed\"", TeamViewerSessionState.Closed)]
    [InlineData("\"Pending\"", TeamViewerSessionState.Unknown)]
    [InlineData("0", TeamViewerSessionState.Unknown)]
    [InlineData("3", TeamViewerSessionState.Unknown)]
    [InlineData("null", TeamViewerSessionState.Unknown)]
    public async Task GetSessionAsync_StateSpelling_ParsesWithoutFailing(string state, TeamViewerSessionState expected)
    {
        Http.RespondWith($$"""{"code":"s119-457-589","state":{{state}},"online":true,"support_session_type":1}""");

        var session = await Client.GetSessionAsync("s119-457-589");

        session.State.ShouldBe(expected);
        session.Online.ShouldBeTrue();
        session.SupportSessionType.ShouldBe("1");
    }

    [Fact]
    public async Task ListSessionsAsync_NoFilter_SendsNoQueryParameters()
    {
        Http.RespondWith("""{"sessions":[]}""");

        var page = await Client.ListSessionsAsync();

        page.Sessions.ShouldBeEmpty();
        page.NextOffset.ShouldBeNull();
        page.SessionsRemaining.ShouldBeNull();
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Get, "sessions");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe($"Bearer {Token}");
    }

    [Fact]
    public async Task ListSessionsAsync_EveryFilter_SendsDocumentedQueryParameters()
    {
        Http.RespondWith("""{"sessions":[]}""");
        var filter = new SessionListFilter
        {
            GroupId = "g272032545",
            AssignedUserId = "u11293276",
            States = [TeamViewerSessionState.Open, TeamViewerSessionState.Closed],
            FullList = true,
            Offset = "s184-827-508",
        };

        await Client.ListSessionsAsync(filter);

        Http.CallLog.ShouldHaveSingleItem().Query().ShouldBe(new Dictionary<string, string>
        {
            ["groupid"] = "g272032545",
            ["assigned_userid"] = "u11293276",
            ["state"] = "open,closed",
            ["full_list"] = "true",
            ["offset"] = "s184-827-508",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task ListSessionsAsync_ClosedOnly_SendsLowercaseState()
    {
        Http.RespondWith("""{"sessions":[]}""");

        await Client.ListSessionsAsync(new SessionListFilter { States = [TeamViewerSessionState.Closed] });

        Http.CallLog.ShouldHaveSingleItem().Query().ShouldBe([KeyValuePair.Create("state", "closed")]);
    }

    [Fact]
    public async Task ListSessionsAsync_MinimalShape_ParsesTheFiveFields()
    {
        Http.RespondWith($$"""
            {"sessions":[
               {"code":"s184-827-508","state":"Open","online":true,"groupid":"g272032545","support_session_type":"Default"},
               {{TeamViewerSamples.MinimalSession("s119-457-589", "Closed")}}],
             "next_offset":"s119-457-589","sessions_remaining":7}
            """);

        var page = await Client.ListSessionsAsync();

        page.Sessions.Count.ShouldBe(2);
        page.Sessions[0].ShouldBe(new TeamViewerSession
        {
            Code = "s184-827-508",
            State = TeamViewerSessionState.Open,
            Online = true,
            GroupId = "g272032545",
            SupportSessionType = "Default",
        });
        page.Sessions[1].State.ShouldBe(TeamViewerSessionState.Closed);
        page.NextOffset.ShouldBe("s119-457-589");
        page.SessionsRemaining.ShouldBe(7);
    }

    [Fact]
    public async Task ListSessionsAsync_FullShape_ParsesEveryField()
    {
        Http.RespondWith($$"""{"sessions":[{{TeamViewerSamples.CapturedSession}}]}""");

        var page = await Client.ListSessionsAsync(new SessionListFilter { FullList = true });

        page.Sessions.ShouldHaveSingleItem().ShouldBe(SessionSamples.Captured);
    }
}
