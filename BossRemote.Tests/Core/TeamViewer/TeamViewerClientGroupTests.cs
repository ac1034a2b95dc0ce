using BossRemote.Core.TeamViewer.Models;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary><c>/groups</c> (doc §3).</summary>
public class TeamViewerClientGroupTests : TeamViewerClientTestBase
{
    private const string DocGroups = """
        {"groups":[{"id":"g53235","name":"Testing","shared_with":[{"userid":"u631645","name":"Ted","permissions":"read"}],"permissions":"owned"},
                   {"id":"g425123356","name":"Test","owner":{"userid":"u814464403","name":"Tester"},"permissions":"readwrite","policy_id":"p-1"}]}
        """;

    [Fact]
    public async Task ListGroupsAsync_DocExample_ParsesOwnersSharesAndPermissions()
    {
        Http.RespondWith(DocGroups);

        var groups = await Client.ListGroupsAsync();

        groups.Count.ShouldBe(2);
        groups[0].Id.ShouldBe("g53235");
        groups[0].Name.ShouldBe("Testing");
        groups[0].Permissions.ShouldBe("owned");
        groups[0].Owner.ShouldBeNull();
        groups[0].SharedWith.ShouldNotBeNull().ShouldHaveSingleItem()
            .ShouldBe(new TeamViewerGroupUser { UserId = "u631645", Name = "Ted", Permissions = "read" });
        groups[1].Owner.ShouldBe(new TeamViewerGroupUser { UserId = "u814464403", Name = "Tester" });
        groups[1].SharedWith.ShouldBeNull();
        groups[1].PolicyId.ShouldBe("p-1");
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Get, "groups");
        call.Request.Url.QueryParams.ShouldBeEmpty();
        call.Authorization().ShouldBe($"Bearer {Token}");
    }

    [Fact]
    public async Task ListGroupsAsync_WithName_SendsNameQueryParameter()
    {
        Http.RespondWith("""{"groups":[{"id":"g272032545","name":"BossRemote","permissions":"owned"}]}""");

        var groups = await Client.ListGroupsAsync("BossRemote");

        groups.ShouldHaveSingleItem().Id.ShouldBe("g272032545");
        Http.CallLog.ShouldHaveSingleItem().Query().ShouldBe([KeyValuePair.Create("name", "BossRemote")]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"groups":null}""")]
    public async Task ListGroupsAsync_NoGroupsProperty_ReturnsEmpty(string body)
    {
        Http.RespondWith(body);

        var groups = await Client.ListGroupsAsync();

        groups.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetGroupAsync_Id_GetsThatGroup()
    {
        Http.RespondWith("""{"id":"g425123356","name":"Test","owner":{"userid":"u814464403","name":"Tester"},"permissions":"readwrite"}""");

        var group = await Client.GetGroupAsync("g425123356");

        group.Id.ShouldBe("g425123356");
        group.Name.ShouldBe("Test");
        group.Permissions.ShouldBe("readwrite");
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Get, "groups/g425123356");
        call.Authorization().ShouldBe($"Bearer {Token}");
    }

    [Fact]
    public async Task CreateGroupAsync_NameOnly_PostsNameAndReadsTheNewGroup()
    {
        Http.RespondWith("""{"id":"g425123356","name":"Test","permissions":"owned"}""", 200,
            new { Location = "https://webapi.teamviewer.com/api/v1/groups/g425123356" });

        var group = await Client.CreateGroupAsync("Test");

        group.ShouldBe(new TeamViewerGroup { Id = "g425123356", Name = "Test", Permissions = "owned" });
        var call = Http.CallLog.ShouldHaveSingleItem();
        call.ShouldBeRequest(HttpMethod.Post, "groups");
        call.Authorization().ShouldBe($"Bearer {Token}");
        call.RequestBody.ShouldBe("""{"name":"Test"}""");
    }

    [Fact]
    public async Task CreateGroupAsync_WithPolicy_SendsPolicyId()
    {
        Http.RespondWith("""{"id":"g425123356","name":"Test","permissions":"owned"}""");

        await Client.CreateGroupAsync("Test", "p-1");

        Http.CallLog.ShouldHaveSingleItem().ShouldHaveJsonBody("""{"name":"Test","policy_id":"p-1"}""");
    }
}
