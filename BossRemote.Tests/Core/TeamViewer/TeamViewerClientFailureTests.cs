using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>Failures without a TeamViewer error body: no answer, no token, unreadable answers, cancellation.</summary>
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

    [Fact]
    public async Task GetSessionAsync_ConnectionRefused_ThrowsServiceUnavailable()
    {
        Http.SimulateException(new HttpRequestException("Connection refused"));

        var error = await Should.ThrowAsync<TeamViewerException>(() => Client.GetSessionAsync("s119-457-589"));

        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
        error.StatusCode.ShouldBeNull();
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

    [Fact]
    public async Task EveryCall_NoTokenConfigured_ThrowsNotConfiguredAndSendsNothing()
    {
        var client = CreateClient(new TeamViewerClientBuilder().WithoutToken());
        var calls = new Func<Task>[]
        {
            () => client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }),
            () => client.GetSessionAsync("s119-457-589"),
            () => client.ListSessionsAsync(),
            () => client.UpdateSessionAsync("s119-457-589", new UpdateSessionRequest { Description = "x" }),
            () => client.CloseSessionAsync("s119-457-589"),
            () => client.FindSessionByCustomApiAsync("bossremote:case:42"),
            () => client.ListGroupsAsync(),
            () => client.GetGroupAsync("g272032545"),
            () => client.CreateGroupAsync("BossRemote"),
            () => client.ListConnectionReportsAsync(),
        };

        foreach (var call in calls)
        {
            var error = await Should.ThrowAsync<TeamViewerException>(call);
            error.Kind.ShouldBe(TeamViewerErrorKind.NotConfigured);
            error.IsTransient.ShouldBeFalse();
            error.UserMessage.ShouldContain("not set up");
        }

        Http.CallLog.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListAllSessionsAsync_BlankTokenConfigured_ThrowsNotConfiguredAndSendsNothing()
    {
        var client = CreateClient(new TeamViewerClientBuilder().WithToken("   "));

        var error = await Should.ThrowAsync<TeamViewerException>(async () =>
        {
            await foreach (var _ in client.ListAllSessionsAsync())
            {
            }
        });

        error.Kind.ShouldBe(TeamViewerErrorKind.NotConfigured);
        Http.CallLog.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetSessionAsync_CallerCancelsWhileWaiting_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        // What HttpClient throws when the caller's token fires mid-request (HttpTest itself ignores the token).
        Http.SimulateException(new TaskCanceledException("The request was canceled.", null, cancellation.Token));

        var error = await Should.ThrowAsync<Exception>(() => Client.GetSessionAsync("s119-457-589", cancellation.Token));

        error.ShouldBeAssignableTo<OperationCanceledException>();
    }

    [Fact]
    public async Task ListAllSessionsAsync_CallerCancelsBetweenPages_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        Http.RespondWith($$"""{"sessions":[{{TeamViewerSamples.MinimalSession("s100-000-001")}}],"next_offset":"s100-000-001","sessions_remaining":5}""")
            .SimulateException(new TaskCanceledException("The request was canceled.", null, cancellation.Token));

        var error = await Should.ThrowAsync<Exception>(async () =>
        {
            await foreach (var _ in Client.ListAllSessionsAsync(cancellationToken: cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });

        error.ShouldBeAssignableTo<OperationCanceledException>();
    }
}
