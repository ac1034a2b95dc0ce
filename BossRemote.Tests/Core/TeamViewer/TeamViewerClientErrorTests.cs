using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>Every error TeamViewer documents (doc §1.3, §2.7, §5) as the caller sees it.</summary>
public class TeamViewerClientErrorTests : TeamViewerClientTestBase
{
    private const string InvalidToken = """{"error":"invalid_token","error_description":"The access token is invalid","error_code":2}""";
    private const string TokenExpired = """{"error":"token_expired","error_code":1,"error_description":"The access token expired"}""";
    private const string RateLimit = """{"error":"rate_limit_reached","error_description":"Rate limit reached","error_code":5}""";
    private const string Blocked = """{"error":"blocked","error_description":"Your IP address is blocked","error_code":6}""";
    private const string NoPermission = """{"error":"invalid_permission","error_description":"Insufficient permissions","error_code":7}""";
    private const string NotFound = """{"error":"not_found","error_description":"Session not found","error_code":404}""";
    private const string License = """{"error":"invalid_request","error_description":"The session could not be created due to license limitations.","error_code":400}""";
    private const string BadRequest = """{"error":"invalid_request","error_description":"groupid does not match groupname","error_code":400,"error_signature":"a1b2c3"}""";
    private const string Internal = """{"error":"internal_error","error_description":"Internal Server Error","error_code":500}""";

    [Theory]
    [InlineData(401, InvalidToken, TeamViewerErrorKind.InvalidToken, true, false)]
    [InlineData(401, "", TeamViewerErrorKind.InvalidToken, true, false)]
    [InlineData(401, TokenExpired, TeamViewerErrorKind.TokenExpired, true, false)]
    [InlineData(403, RateLimit, TeamViewerErrorKind.RateLimited, false, true)]
    [InlineData(403, Blocked, TeamViewerErrorKind.RateLimited, false, true)]
    [InlineData(429, "", TeamViewerErrorKind.RateLimited, false, true)]
    [InlineData(403, NoPermission, TeamViewerErrorKind.PermissionDenied, false, false)]
    [InlineData(404, NotFound, TeamViewerErrorKind.NotFound, false, false)]
    [InlineData(400, License, TeamViewerErrorKind.LicenseLimit, false, false)]
    [InlineData(400, "Too many sessions: license limitations apply", TeamViewerErrorKind.LicenseLimit, false, false)]
    [InlineData(400, BadRequest, TeamViewerErrorKind.BadRequest, false, false)]
    [InlineData(400, "not json", TeamViewerErrorKind.BadRequest, false, false)]
    [InlineData(500, Internal, TeamViewerErrorKind.ServiceUnavailable, false, true)]
    [InlineData(503, "", TeamViewerErrorKind.ServiceUnavailable, false, true)]
    public async Task CreateSessionAsync_ErrorResponse_MapsToKindAndFlags(
        int status, string body, TeamViewerErrorKind kind, bool tokenRejected, bool transient)
    {
        Http.RespondWith(body, status);

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        error.Kind.ShouldBe(kind);
        error.StatusCode.ShouldBe(status);
        error.IsTokenRejected.ShouldBe(tokenRejected);
        error.IsTransient.ShouldBe(transient);
        error.UserMessage.ShouldNotBeNullOrWhiteSpace();
        error.ToString().ShouldNotContain(Token);
        error.UserMessage.ShouldNotContain(Token);
    }

    [Theory]
    [InlineData(401, InvalidToken, "invalid_token", "The access token is invalid", 2)]
    [InlineData(401, TokenExpired, "token_expired", "The access token expired", 1)]
    [InlineData(403, RateLimit, "rate_limit_reached", "Rate limit reached", 5)]
    [InlineData(403, NoPermission, "invalid_permission", "Insufficient permissions", 7)]
    [InlineData(404, NotFound, "not_found", "Session not found", 404)]
    [InlineData(400, BadRequest, "invalid_request", "groupid does not match groupname", 400)]
    [InlineData(500, Internal, "internal_error", "Internal Server Error", 500)]
    public async Task GetSessionAsync_JsonErrorBody_KeepsTheApiFields(
        int status, string body, string apiError, string description, int code)
    {
        Http.RespondWith(body, status);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.StatusCode.ShouldBe(status);
        error.Error.ShouldBe(apiError);
        error.ErrorDescription.ShouldBe(description);
        error.ErrorCode.ShouldBe(code);
        error.Message.ShouldContain(apiError);
        error.Message.ShouldContain($"HTTP {status}");
    }

    [Theory]
    [InlineData(401, InvalidToken, "connect TeamViewer again")]
    [InlineData(401, TokenExpired, "has expired")]
    [InlineData(403, RateLimit, "limit on API calls")]
    [InlineData(403, NoPermission, "lacks a permission")]
    [InlineData(404, NotFound, "does not know this session code")]
    [InlineData(400, License, "maximum number of concurrent sessions")]
    [InlineData(400, BadRequest, "refused the request: groupid does not match groupname")]
    [InlineData(500, Internal, "cannot be reached")]
    public async Task GetSessionAsync_ErrorResponse_ExplainsItToTheTechnician(int status, string body, string explanation)
    {
        Http.RespondWith(body, status);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.UserMessage.ShouldContain(explanation);
    }

    [Fact]
    public async Task CloseSessionAsync_UnknownCode_ThrowsNotFound()
    {
        Http.RespondWith(NotFound, 404);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.CloseSessionAsync("s999-999-999"));

        error.Kind.ShouldBe(TeamViewerErrorKind.NotFound);
        Http.CallLog.ShouldHaveSingleItem().ShouldBeRequest(HttpMethod.Put, "sessions/s999-999-999");
    }

    [Fact]
    public async Task ListAllConnectionReportsAsync_SecondPageRateLimited_ThrowsRateLimitedAfterTheFirstPage()
    {
        Http.RespondWith($$"""{"records":[{{TeamViewerSamples.Record("R2")}}],"next_offset":"R2","records_remaining":1}""")
            .RespondWith(RateLimit, 403);
        var ids = new List<string>();

        var error = await Should.ThrowAsync<TeamViewerException>(async () =>
        {
            await foreach (var record in Client.ListAllConnectionReportsAsync())
            {
                ids.Add(record.Id);
            }
        });

        error.Kind.ShouldBe(TeamViewerErrorKind.RateLimited);
        ids.ShouldBe(["R2"]);
    }
}
