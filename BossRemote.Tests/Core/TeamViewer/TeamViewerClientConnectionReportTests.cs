using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>GET /reports/connections</c> (doc §4): filters, the record shape and <c>offset_id</c> paging.</summary>
public class TeamViewerClientConnectionReportTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task ListConnectionReportsAsync_NoFilter_GetsReportsWithoutQuery()
    {
        Http.RespondWith("""{"records":[]}""");

        var page = await Client.ListConnectionReportsAsync();

        page.Records.ShouldBeEmpty();
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Get, "reports/connections");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe($"Bearer {Token}");
    }

    [Fact]
    public async Task ListConnectionReportsAsync_EveryFilter_SendsDocumentedParametersAndSecondPrecisionUtcDates()
    {
        Http.RespondWith("""{"records":[]}""");
        var filter = new ConnectionReportFilter
        {
            UserName = "Adam",
            UserId = "u4387123",
            GroupId = "0",
            DeviceName = "unnamed_device",
            DeviceId = "20301234",
            FromDate = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc),
            ToDate = new DateTime(2024, 5, 2, 13, 45, 7, 891, DateTimeKind.Unspecified),
            OffsetId = "B144268F-5A3A-4130-9054-A8F4598B0125",
            HasCode = true,
            SessionCode = "s119-457-589",
            SupportSessionType = 2,
        };

        await Client.ListConnectionReportsAsync(filter);

        Http.CallLog.ShouldHaveSingleItem().Query().ShouldBe(new Dictionary<string, string>
        {
            ["username"] = "Adam",
            ["userid"] = "u4387123",
            ["groupid"] = "0",
            ["devicename"] = "unnamed_device",
            ["deviceid"] = "20301234",
            ["from_date"] = "2024-05-01T00:00:00Z",
            ["to_date"] = "2024-05-02T13:45:07Z",
            ["offset_id"] = "B144268F-5A3A-4130-9054-A8F4598B0125",
            ["has_code"] = "true",
            ["session_code"] = "s119-457-589",
            ["support_session_type"] = "2",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task ListConnectionReportsAsync_HasCodeFalse_SendsLowercaseFalse()
    {
        Http.RespondWith("""{"records":[]}""");

        await Client.ListConnectionReportsAsync(new ConnectionReportFilter { HasCode = false });

        Http.CallLog.ShouldHaveSingleItem().Query().ShouldBe([KeyValuePair.Create("has_code", "false")]);
    }

    [Fact]
    public async Task ListConnectionReportsAsync_DocRecord_ParsesEveryFieldAndComputesDuration()
    {
        Http.RespondWith($$"""{"records":[{{TeamViewerSamples.ConnectionRecord}}],"records_remaining":0,"next_offset":"B144268F-5A3A-4130-9054-A8F4598B0125"}""");

        var page = await Client.ListConnectionReportsAsync();

        page.Records.ShouldHaveSingleItem().ShouldBe(ConnectionReportSamples.Doc);
        page.Records[0].Duration.ShouldBe(new TimeSpan(0, 19, 44));
        page.Records[0].StartDate!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        page.RecordsRemaining.ShouldBe(0);
        page.NextOffset.ShouldBe("B144268F-5A3A-4130-9054-A8F4598B0125");
    }

    [Fact]
    public async Task ListConnectionReportsAsync_PlainConnection_LeavesSessionFieldsEmpty()
    {
        Http.RespondWith("""
            {"records":[{"id":"0F1E2D3C-0000-4000-8000-000000000001","userid":"u4387123","support_session_type":"RemoteSupportActive",
                         "start_date":"2024-05-01T08:00:00Z","feedback":{}}]}
            """);

        var record = (await Client.ListConnectionReportsAsync()).Records.ShouldHaveSingleItem();

        record.SupportSessionType.ShouldBe(2);
        record.SessionCode.ShouldBeNull();
        record.EndCustomer.ShouldBeNull();
        record.Feedback.ShouldBe(new ConnectionFeedback());
        record.EndDate.ShouldBeNull();
        record.Duration.ShouldBeNull();
    }

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
