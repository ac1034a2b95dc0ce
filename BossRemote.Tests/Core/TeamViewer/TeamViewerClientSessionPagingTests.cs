using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>ListAllSessionsAsync</c> and <c>FindSessionByCustomApiAsync</c> walking <c>next_offset</c> (doc §2.3).</summary>
public class TeamViewerClientSessionPagingTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task ListAllSessionsAsync_TwoPages_FollowsNextOffsetAndKeepsTheFilter()
    {
        RespondWithPage(["s100-000-003", "s100-000-002"], nextOffset: "s100-000-002", remaining: 1);
        RespondWithPage(["s100-000-001"], nextOffset: null, remaining: null);
        var filter = new SessionListFilter { GroupId = "g272032545", States = [TeamViewerSessionState.Open], FullList = true };

        var codes = await ListAllCodesAsync(filter);

        codes.ShouldBe(["s100-000-003", "s100-000-002", "s100-000-001"]);
        Http.CallLog.Count.ShouldBe(2);
        Http.CallLog[0].Query().ShouldNotContain(p => p.Key == "offset");
        Http.CallLog[1].ShouldBeRequest(HttpMethod.Get, "sessions");
        Http.CallLog[1].Query().ShouldBe(new Dictionary<string, string>
        {
            ["groupid"] = "g272032545",
            ["state"] = "open",
            ["full_list"] = "true",
            ["offset"] = "s100-000-002",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task ListAllSessionsAsync_RemainingOmitted_StopsAfterThatPage()
    {
        RespondWithPage(["s100-000-002", "s100-000-001"], nextOffset: "s100-000-001", remaining: null);

        var codes = await ListAllCodesAsync();

        codes.ShouldBe(["s100-000-002", "s100-000-001"]);
        Http.CallLog.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ListAllSessionsAsync_RemainingZero_StopsAfterThatPage()
    {
        RespondWithPage(["s100-000-001"], nextOffset: "s100-000-001", remaining: 0);

        var codes = await ListAllCodesAsync();

        codes.ShouldBe(["s100-000-001"]);
        Http.CallLog.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ListAllSessionsAsync_NoNextOffset_StopsEvenIfSomeRemain()
    {
        RespondWithPage(["s100-000-001"], nextOffset: null, remaining: 5);

        var codes = await ListAllCodesAsync();

        codes.ShouldBe(["s100-000-001"]);
        Http.CallLog.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ListAllSessionsAsync_SameOffsetTwice_StopsInsteadOfLooping()
    {
        RespondWithPage(["s100-000-002"], nextOffset: "s100-000-002", remaining: 3);
        RespondWithPage(["s100-000-002"], nextOffset: "s100-000-002", remaining: 3);
        RespondWithPage(["s100-000-001"], nextOffset: null, remaining: null);

        var codes = await ListAllCodesAsync();

        codes.ShouldBe(["s100-000-002", "s100-000-002"]);
        Http.CallLog.Count.ShouldBe(2);
    }

    [Fact]
    public async Task FindSessionByCustomApiAsync_MatchOnSecondPage_WalksOpenFullListAndStopsThere()
    {
        RespondWithPage(["s100-000-004", "s100-000-003"], nextOffset: "s100-000-003", remaining: 4, customApi: "bossremote:case:7");
        Http.RespondWith($$"""
            {"sessions":[{"code":"s100-000-002","state":"Open","custom_api":"bossremote:case:42"},
                         {"code":"s100-000-001","state":"Open","custom_api":"bossremote:case:1"}],
             "next_offset":"s100-000-001","sessions_remaining":2}
            """);

        var found = await Client.FindSessionByCustomApiAsync("bossremote:case:42");

        found.ShouldNotBeNull().Code.ShouldBe("s100-000-002");
        Http.CallLog.Count.ShouldBe(2);
        Http.CallLog[0].Query().ShouldBe([KeyValuePair.Create("state", "open"), KeyValuePair.Create("full_list", "true")], ignoreOrder: true);
        Http.CallLog[1].Query().ShouldContain(KeyValuePair.Create("offset", "s100-000-003"));
    }

    [Fact]
    public async Task FindSessionByCustomApiAsync_NoSessionCarriesIt_ReturnsNullAfterTheLastPage()
    {
        RespondWithPage(["s100-000-002"], nextOffset: "s100-000-002", remaining: 1, customApi: "bossremote:case:42x");
        RespondWithPage(["s100-000-001"], nextOffset: null, remaining: null, customApi: "BOSSREMOTE:CASE:42");

        var found = await Client.FindSessionByCustomApiAsync("bossremote:case:42");

        found.ShouldBeNull();
        Http.CallLog.Count.ShouldBe(2);
    }

    private void RespondWithPage(string[] codes, string? nextOffset, int? remaining, string? customApi = null)
    {
        var sessions = codes.Select(code => customApi is null
            ? TeamViewerSamples.MinimalSession(code)
            : $$"""{"code":"{{code}}","state":"Open","custom_api":"{{customApi}}"}""");
        var next = nextOffset is null ? "" : $$""","next_offset":"{{nextOffset}}" """;
        var left = remaining is null ? "" : $$""","sessions_remaining":{{remaining}}""";
        Http.RespondWith($$"""{"sessions":[{{string.Join(',', sessions)}}]{{next}}{{left}}}""");
    }

    private async Task<List<string>> ListAllCodesAsync(SessionListFilter? filter = null)
    {
        var codes = new List<string>();
        await foreach (var session in Client.ListAllSessionsAsync(filter))
        {
            codes.Add(session.Code);
        }

        return codes;
    }
}
