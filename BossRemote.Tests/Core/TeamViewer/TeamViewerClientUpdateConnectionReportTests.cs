using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>PUT /reports/connections/{id}</c> (doc §4): 204, only the changed fields in the body, errors as elsewhere.</summary>
public class TeamViewerClientUpdateConnectionReportTests : TeamViewerClientTestBase
{
    private const string ReportId = "B144268F-5A3A-4130-9054-A8F4598B0125";

    [Fact]
    public async Task UpdateConnectionReportAsync_Notes_PutsOnlyNotesToTheReport()
    {
        Http.RespondWith("", 204);

        await Client.UpdateConnectionReportAsync(ReportId, new UpdateConnectionReportRequest { Notes = "BossRemote ticket #1042: Printer offline" });

        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Put, $"reports/connections/{ReportId}");
        call.Authorization().ShouldBe($"Bearer {Token}");
        call.RequestBody.ShouldBe("""{"notes":"BossRemote ticket #1042: Printer offline"}""");
    }

    [Fact]
    public async Task UpdateConnectionReportAsync_BothFields_UsesDocumentedNames()
    {
        Http.RespondWith("", 204);

        await Client.UpdateConnectionReportAsync(ReportId, new UpdateConnectionReportRequest { Notes = "n", BillingState = "DoNotBill" });

        Http.CallLog.ShouldHaveSingleItem().ShouldHaveJsonBody("""{"notes":"n","billing_state":"DoNotBill"}""");
    }

    [Fact]
    public async Task UpdateConnectionReportAsync_IdWithSlash_StaysOneSegment()
    {
        Http.RespondWith("", 204);

        await Client.UpdateConnectionReportAsync("a/b", new UpdateConnectionReportRequest { Notes = "n" });

        Http.CallLog.ShouldHaveSingleItem().Request.Url.ToString().ShouldEndWith("reports/connections/a%2Fb");
    }

    [Theory]
    [InlineData(403, """{"error":"rate_limit_reached","error_description":"Rate limit reached","error_code":5}""", TeamViewerErrorKind.RateLimited)]
    [InlineData(403, """{"error":"invalid_permission","error_description":"Insufficient permissions","error_code":7}""", TeamViewerErrorKind.PermissionDenied)]
    [InlineData(404, """{"error":"not_found","error_description":"Report not found","error_code":404}""", TeamViewerErrorKind.NotFound)]
    public async Task UpdateConnectionReportAsync_ErrorResponse_MapsToKind(int status, string body, TeamViewerErrorKind kind)
    {
        Http.RespondWith(body, status);

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.UpdateConnectionReportAsync(ReportId, new UpdateConnectionReportRequest { Notes = "n" }));

        error.Kind.ShouldBe(kind);
        error.RetryAfter.ShouldBeNull();
    }

    [Fact]
    public async Task UpdateConnectionReportAsync_RetryAfterSeconds_IsExposed()
    {
        Http.RespondWith("""{"error":"rate_limit_reached"}""", 429, headers: new { Retry_After = "120" });

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.UpdateConnectionReportAsync(ReportId, new UpdateConnectionReportRequest { Notes = "n" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.RateLimited);
        error.RetryAfter.ShouldBe(TimeSpan.FromMinutes(2));
    }
}
