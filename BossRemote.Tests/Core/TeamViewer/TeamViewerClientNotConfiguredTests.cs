using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>Without a token nothing is sent and the caller learns TeamViewer is not set up.</summary>
public class TeamViewerClientNotConfiguredTests : TeamViewerClientTestBase
{
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
}
