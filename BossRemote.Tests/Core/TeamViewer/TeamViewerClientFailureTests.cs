using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>Failures without a TeamViewer error body: no answer, no connection, unreadable answers.</summary>
public class TeamViewerClientFailureTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task GetSessionAsync_NoAnswerInTime_ThrowsTransientTimeout()
    {
        Http.SimulateTimeout();

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.Kind.ShouldBe(TeamViewerErrorKind.Timeout);
        error.StatusCode.ShouldBeNull();
        error.IsTransient.ShouldBeTrue();
        error.IsTokenRejected.ShouldBeFalse();
        error.UserMessage.ShouldContain("did not answer in time");
        error.ToString().ShouldNotContain(Token);
    }

    [Fact]
    public async Task CreateSessionAsync_NoAnswerInTime_WarnsTheCaseMayExist()
    {
        Http.SimulateTimeout();

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.Timeout);
        error.UserMessage.ShouldContain("may still have gone through");
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public async Task CreateSessionAsync_NoConnection_ThrowsUnreachableSoNothingWasCreated(HttpRequestError cause)
    {
        Http.SimulateException(new HttpRequestException(cause, "Connection refused (127.0.0.1:9)"));

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.Unreachable);
        error.StatusCode.ShouldBeNull();
        error.IsTransient.ShouldBeTrue();
        error.UserMessage.ShouldContain("cannot be reached");
    }

    [Fact]
    public async Task CreateSessionAsync_ConnectionLostAfterSending_ThrowsServiceUnavailableBecauseItMayHaveArrived()
    {
        Http.SimulateException(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
        error.IsTransient.ShouldBeTrue();
    }

    [Fact]
    public async Task GetSessionAsync_BadGatewayWithHtmlBody_ThrowsServiceUnavailable()
    {
        Http.RespondWith("<html><body><h1>502 Bad Gateway</h1></body></html>", 502);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
        error.StatusCode.ShouldBe(502);
        error.Error.ShouldBeNull();
        error.IsTransient.ShouldBeTrue();
        error.UserMessage.ShouldContain("cannot be reached");
    }

    [Theory]
    [InlineData("<html>maintenance</html>")]
    [InlineData("""{"code":"s119-457-589","online":"perhaps"}""")]
    [InlineData("""{"state":"Open"}""")]
    public async Task GetSessionAsync_UnreadableOkBody_ThrowsServiceUnavailable(string body)
    {
        Http.RespondWith(body);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
        error.StatusCode.ShouldBe(200);
        error.UserMessage.ShouldContain("could not read");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task GetSessionAsync_OkWithoutBody_ThrowsServiceUnavailable(string body)
    {
        Http.RespondWith(body);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
        error.StatusCode.ShouldBe(200);
        error.UserMessage.ShouldContain("could not read");
    }

    [Fact]
    public async Task CreateSessionAsync_CreatedWithoutBody_ThrowsServiceUnavailable()
    {
        Http.RespondWith("", 201);

        var error = await Should.ThrowAsync<TeamViewerException>(
            () => Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
        error.StatusCode.ShouldBe(201);
    }

    [Theory]
    [InlineData("pong")]
    [InlineData("")]
    public async Task PingAsync_UnreadableOkBody_ThrowsServiceUnavailable(string body)
    {
        Http.RespondWith(body);

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.PingAsync("candidate-token"));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
    }
}
