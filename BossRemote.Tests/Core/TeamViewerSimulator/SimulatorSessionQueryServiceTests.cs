using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorSessionQueryServiceTests(SimulatorTestDatabase database) : SimulatorTestBase(database)
{
    [Fact]
    public async Task ListAsync_MoreThanOnePage_PagesNewestFirstByOffset()
    {
        var seeded = await SimulatorSeed.SessionsAsync(Database.Factory, Caller, 1003, Now.AddDays(-1));
        var newestFirst = seeded.OrderByDescending(s => s.CreatedAt).Select(s => s.Code).ToList();

        var first = (await Queries.ListAsync(Caller, new SimulatedSessionQuery())).Value!;
        var second = (await Queries.ListAsync(Caller, new SimulatedSessionQuery(Offset: first.NextOffset))).Value!;

        first.Sessions.Count.ShouldBe(1000);
        first.Sessions.Select(s => s.Code).ShouldBe(newestFirst.Take(1000));
        first.NextOffset.ShouldBe(newestFirst[1000]);
        first.SessionsRemaining.ShouldBe(3);
        second.Sessions.Select(s => s.Code).ShouldBe(newestFirst.Skip(1000));
        second.NextOffset.ShouldBeNull();
        second.SessionsRemaining.ShouldBeNull();
    }

    [Fact]
    public async Task ListAsync_ExactlyOnePage_HasNoPagingFields()
    {
        await SimulatorSeed.SessionsAsync(Database.Factory, Caller, 1000, Now.AddDays(-1));

        var page = (await Queries.ListAsync(Caller, new SimulatedSessionQuery())).Value!;

        page.Sessions.Count.ShouldBe(1000);
        page.NextOffset.ShouldBeNull();
        page.SessionsRemaining.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "open")]
    [InlineData("open", "open")]
    [InlineData("CLOSED", "closed")]
    [InlineData("Open, closed", "open,closed")]
    public async Task ListAsync_StateFilter_DefaultsToOpenAndTakesACommaList(string? state, string expected)
    {
        var open = await CreateSessionAsync();
        var closed = await CreateSessionAsync();
        await Sessions.UpdateAsync(Caller, closed.Code, new SimulatedSessionInput { State = "closed" });

        var page = (await Queries.ListAsync(Caller, new SimulatedSessionQuery(State: state))).Value!;

        var codes = page.Sessions.Select(s => s.Code).ToList();
        codes.Contains(open.Code).ShouldBe(expected.Contains("open"));
        codes.Contains(closed.Code).ShouldBe(expected.Contains("closed"));
    }

    [Theory]
    [InlineData("pending", null, null)]
    [InlineData(null, "yes", null)]
    [InlineData(null, null, "s999-999-999")]
    public async Task ListAsync_UnreadableParameter_Is400(string? state, string? fullList, string? offset)
    {
        var result = await Queries.ListAsync(Caller, new SimulatedSessionQuery(State: state, FullList: fullList, Offset: offset));

        ShouldBeError(result.Error, 400, "invalid_request");
    }

    [Fact]
    public async Task ListAsync_GroupAndAssigneeFilters_NarrowTheList()
    {
        var boss = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "BOSS" });
        var other = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "Other", AssignedUserId = "u42" });

        var byGroup = (await Queries.ListAsync(Caller, new SimulatedSessionQuery(GroupId: boss.GroupId))).Value!;
        var byAssignee = (await Queries.ListAsync(Caller, new SimulatedSessionQuery(AssignedUserId: "u42"))).Value!;

        byGroup.Sessions.ShouldHaveSingleItem().Code.ShouldBe(boss.Code);
        byAssignee.Sessions.ShouldHaveSingleItem().Code.ShouldBe(other.Code);
    }

    [Fact]
    public async Task ListAsync_AnotherAccount_SeesNoneOfTheCallersSessions()
    {
        await CreateSessionAsync();
        var theirs = await CreateSessionAsync(caller: Stranger);

        var page = (await Queries.ListAsync(Stranger, new SimulatedSessionQuery())).Value!;

        page.Sessions.ShouldHaveSingleItem().Code.ShouldBe(theirs.Code);
    }

    [Fact]
    public async Task ListAsync_FullListTrueInAnyCase_AsksForEveryField()
    {
        await CreateSessionAsync();

        var page = (await Queries.ListAsync(Caller, new SimulatedSessionQuery(FullList: "TRUE"))).Value!;

        page.FullList.ShouldBeTrue();
    }

    [Fact]
    public async Task ListAsync_PastValidUntil_IsStillListedAsOpen()
    {
        var session = await CreateSessionAsync();
        Clock.Advance(TimeSpan.FromDays(3));

        var page = (await Queries.ListAsync(Caller, new SimulatedSessionQuery(State: "open"))).Value!;

        page.Sessions.ShouldHaveSingleItem().Code.ShouldBe(session.Code);
    }
}
