namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>The caller's own cancellation is an <see cref="OperationCanceledException"/>, never a TeamViewer error.</summary>
public class TeamViewerClientCancellationTests : TeamViewerClientTestBase
{
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
