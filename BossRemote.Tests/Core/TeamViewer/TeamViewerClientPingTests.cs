using BossRemote.Core.TeamViewer;

namespace BossRemote.Tests.Core.TeamViewer;

public class TeamViewerClientPingTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task PingAsync_TokenValid_SendsBearerTokenAndReturnsTrue()
    {
        Http.RespondWith("""{"token_valid":true}""");

        var valid = await Client.PingAsync("candidate-token");

        valid.ShouldBeTrue();
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.Request.Url.ToString().ShouldBe("https://webapi.teamviewer.com/api/v1/ping");
        call.ShouldBeRequest(HttpMethod.Get, "ping");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe("Bearer candidate-token");
    }

    [Fact]
    public async Task PingAsync_TokenNotValid_ReturnsFalse()
    {
        Http.RespondWith("""{"token_valid":false}""");

        var valid = await Client.PingAsync("revoked-token");

        valid.ShouldBeFalse();
    }

    [Fact]
    public async Task PingAsync_Unauthorized_ReturnsFalse()
    {
        Http.RespondWith("""{"error":"invalid_token","error_description":"The access token is invalid"}""", 401);

        var valid = await Client.PingAsync("revoked-token");

        valid.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PingAsync_NoToken_SendsNoAuthorizationHeader(string? token)
    {
        Http.RespondWith("""{"token_valid":false}""");

        var valid = await Client.PingAsync(token);

        valid.ShouldBeFalse();
        Http.CallLog.ShouldHaveSingleItem().Authorization().ShouldBeNull();
    }

    [Fact]
    public async Task PingAsync_ServerError_ThrowsServiceUnavailable()
    {
        Http.RespondWith("""{"error":"internal_error","error_description":"Internal Server Error"}""", 500);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.PingAsync("candidate-token"));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
    }
}
