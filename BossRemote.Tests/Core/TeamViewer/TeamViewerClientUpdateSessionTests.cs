using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>PUT /sessions/{code}</c> (doc §2.5): 204, only the changed fields in the body.</summary>
public class TeamViewerClientUpdateSessionTests : TeamViewerClientTestBase
{
    [Fact]
    public async Task CloseSessionAsync_NoContent_PutsExactlyStateClosed()
    {
        Http.RespondWith("", 204);

        await Client.CloseSessionAsync("s119-457-589");

        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Put, "sessions/s119-457-589");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe($"Bearer {Token}");
        call.RequestBody.ShouldBe("""{"state":"closed"}""");
    }

    [Fact]
    public async Task UpdateSessionAsync_SomeFieldsSet_PutsOnlyThoseUnderDocumentedNames()
    {
        Http.RespondWith("", 204);
        var changes = new UpdateSessionRequest
        {
            Description = "Outlook crashes on start (reopened)",
            AssignedUserId = "u0",
            EndCustomer = new TeamViewerEndCustomer { Email = "jon.snow@winterfell.example" },
            CustomModuleId = "qs-4471",
            State = TeamViewerSessionState.Open,
        };

        await Client.UpdateSessionAsync("s119-457-589", changes);

        Http.CallLog.ShouldHaveSingleItem().ShouldHaveJsonBody("""
            {"description":"Outlook crashes on start (reopened)","assigned_userid":"u0",
             "end_customer":{"email":"jon.snow@winterfell.example"},"custom_module_id":"qs-4471","state":"open"}
            """);
    }

    [Fact]
    public async Task UpdateSessionAsync_EveryOtherField_UsesDocumentedNames()
    {
        Http.RespondWith("", 204);
        var changes = new UpdateSessionRequest
        {
            GroupId = "g272032545",
            GroupName = "BossRemote",
            WaitingMessage = "Back in five minutes",
            CustomApi = "bossremote:case:42",
        };

        await Client.UpdateSessionAsync("s119-457-589", changes);

        Http.CallLog.ShouldHaveSingleItem().ShouldHaveJsonBody("""
            {"groupid":"g272032545","groupname":"BossRemote","waiting_message":"Back in five minutes",
             "custom_api":"bossremote:case:42"}
            """);
    }

    [Fact]
    public async Task UpdateSessionAsync_OkInsteadOfNoContent_IsAccepted()
    {
        Http.RespondWith("", 200);

        await Client.UpdateSessionAsync("s119-457-589", new UpdateSessionRequest { Description = "x" });

        Http.CallLog.ShouldHaveSingleItem().Response.StatusCode.ShouldBe(200);
    }
}
