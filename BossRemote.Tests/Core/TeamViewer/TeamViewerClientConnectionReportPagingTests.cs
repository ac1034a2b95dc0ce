using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>ListAllConnectionReportsAsync</c>: <c>next_offset</c> goes back as <c>offset_id</c> (doc §4).</summary>
public class TeamViewerClientConnectionReportPagingTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task ListAllConnectionReportsAsync_TwoPages_PassesNextOffsetAsOffsetIdAndKeepsTheFilter()
    {
        Http.RespondWith(Page(["R3", "R2"], nextOffset: "R2", remaining: 1))
            .RespondWith(Page(["R1"], nextOffset: null, remaining: null));
        var filter = new ConnectionReportFilter { HasCode = true, FromDate = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc) };

        var ids = await ListAllIdsAsync(filter);

        ids.ShouldBe(["R3", "R2", "R1"]);
        Http.CallLog.Count.ShouldBe(2);
        Http.CallLog[0].Query().ShouldNotContain(p => p.Key == "offset_id");
        Http.CallLog[1].ShouldBeRequest(HttpMethod.Get, "reports/connections");
        Http.CallLog[1].Query().ShouldBe(new Dictionary<string, string>
        {
            ["from_date"] = "2024-05-01T00:00:00Z",
            ["offset_id"] = "R2",
            ["has_code"] = "true",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task ListAllConnectionReportsAsync_RemainingOmitted_KeepsFollowingNextOffsetUntilAnEmptyPage()
    {
        Http.RespondWith(Page(["R2"], nextOffset: "R2", remaining: null))
            .RespondWith(Page(["R1"], nextOffset: "R1", remaining: null))
            .RespondWith(Page([], nextOffset: null, remaining: null));

        var ids = await ListAllIdsAsync();

        ids.ShouldBe(["R2", "R1"]);
        Http.CallLog.Count.ShouldBe(3);
    }

    [Fact]
    public async Task ListAllConnectionReportsAsync_RemainingZero_StopsAfterThatPage()
    {
        Http.RespondWith(Page(["R1"], nextOffset: "R1", remaining: 0));

        var ids = await ListAllIdsAsync();

        ids.ShouldBe(["R1"]);
        Http.CallLog.Count.ShouldBe(1);
    }

    private static string Page(string[] ids, string? nextOffset, int? remaining)
    {
        var records = string.Join(',', ids.Select(TeamViewerSamples.Record));
        var next = nextOffset is null ? "" : $$""","next_offset":"{{nextOffset}}" """;
        var left = remaining is null ? "" : $$""","records_remaining":{{remaining}}""";
        return $$"""{"records":[{{records}}]{{next}}{{left}}}""";
    }

    private async Task<List<string>> ListAllIdsAsync(ConnectionReportFilter? filter = null)
    {
        var ids = new List<string>();
        await foreach (var record in Client.ListAllConnectionReportsAsync(filter))
        {
            ids.Add(record.Id);
        }

        return ids;
    }
}
