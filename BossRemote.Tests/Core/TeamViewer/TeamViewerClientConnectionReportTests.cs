using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>GET /reports/connections</c> (doc §4): filters and the record shape.</summary>
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
}
