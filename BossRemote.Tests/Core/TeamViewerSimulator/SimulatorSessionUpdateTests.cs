using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorSessionUpdateTests(SimulatorTestDatabase database) : SimulatorTestBase(database)
{
    [Fact]
    public async Task UpdateAsync_SomeFields_ChangesOnlyThose()
    {
        var session = await CreateSessionAsync(new SimulatedSessionInput
        {
            GroupName = "BOSS", Description = "old", WaitingMessage = "Please wait", CustomApi = "ref", EndCustomerName = "Max",
        });

        var result = await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { Description = "new", CustomApi = "" });

        result.Succeeded.ShouldBeTrue();
        var stored = await LoadSessionAsync(session.Code);
        stored.Description.ShouldBe("new");
        stored.CustomApi.ShouldBeNull();
        stored.WaitingMessage.ShouldBe("Please wait");
        stored.EndCustomerName.ShouldBe("Max");
        stored.State.ShouldBe(SimulatedSessionState.Open);
    }

    [Fact]
    public async Task UpdateAsync_StateClosedInAnyCase_ClosesAndSetsClosedAt()
    {
        var session = await CreateSessionAsync();
        Clock.Advance(TimeSpan.FromMinutes(7));

        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { State = "CLOSED" });

        var stored = await LoadSessionAsync(session.Code);
        stored.State.ShouldBe(SimulatedSessionState.Closed);
        stored.ClosedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task UpdateAsync_StateOpenAfterClose_Reopens()
    {
        var session = await CreateSessionAsync();
        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { State = "closed" });

        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { State = "Open" });

        var stored = await LoadSessionAsync(session.Code);
        stored.State.ShouldBe(SimulatedSessionState.Open);
        stored.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public async Task UpdateAsync_CloseWhileTheCustomerIsOnline_EndsTheConnectionWithAReport()
    {
        var session = await CreateSessionAsync();
        await Customers.JoinAsync(session.Code);
        Clock.Advance(TimeSpan.FromMinutes(12));

        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { State = "closed" });

        (await LoadSessionAsync(session.Code)).Online.ShouldBeFalse();
        var report = (await LoadReportsAsync()).ShouldHaveSingleItem();
        report.SessionCode.ShouldBe(session.Code);
        report.StartDate.ShouldBe(Now.AddMinutes(-12));
        report.EndDate.ShouldBe(Now);
    }

    [Fact]
    public async Task UpdateAsync_CloseWithNobodyOnline_WritesNoReport()
    {
        var session = await CreateSessionAsync();

        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { State = "closed" });

        (await LoadReportsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_AssignU0_Unassigns()
    {
        var session = await CreateSessionAsync();

        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { AssignedUserId = "u0" });

        var stored = await LoadSessionAsync(session.Code);
        stored.AssignedUserId.ShouldBe("u0");
        stored.AssignedAt.ShouldBeNull();
    }

    [Fact]
    public async Task UpdateAsync_NewGroupName_MovesTheSessionToANewGroup()
    {
        var session = await CreateSessionAsync();

        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { GroupName = "Escalations" });

        var stored = await LoadSessionAsync(session.Code);
        var group = (await Groups.GetAsync(Caller, stored.GroupId)).Value!;
        group.Name.ShouldBe("Escalations");
    }

    [Theory]
    [InlineData("valid_until")]
    [InlineData("state")]
    [InlineData("description")]
    public async Task UpdateAsync_InvalidChange_Is400AndChangesNothing(string field)
    {
        var session = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "BOSS", Description = "kept" });
        var changes = field switch
        {
            "valid_until" => new SimulatedSessionInput { ValidUntil = "2026-03-12T00:00:00Z", Description = "changed" },
            "state" => new SimulatedSessionInput { State = "paused", Description = "changed" },
            _ => new SimulatedSessionInput { Description = new string('x', 4001) },
        };

        var result = await Sessions.UpdateAsync(Caller, session.Code, changes);

        ShouldBeError(result.Error, 400, "invalid_request");
        (await LoadSessionAsync(session.Code)).Description.ShouldBe("kept");
    }

    [Fact]
    public async Task UpdateAsync_AnotherAccountsSession_IsNotFound()
    {
        var session = await CreateSessionAsync();

        var result = await Sessions.UpdateAsync(Stranger, session.Code, new SimulatedSessionInput { State = "closed" });

        ShouldBeError(result.Error, 404, "not_found");
        (await LoadSessionAsync(session.Code)).State.ShouldBe(SimulatedSessionState.Open);
    }

    [Fact]
    public async Task DeleteAsync_Session_IsGone()
    {
        var session = await CreateSessionAsync();

        var deleted = await Sessions.DeleteAsync(Caller, session.Code);
        var again = await Sessions.DeleteAsync(Caller, session.Code);

        deleted.Succeeded.ShouldBeTrue();
        ShouldBeError(again.Error, 404, "not_found");
        ShouldBeError((await Sessions.GetAsync(Caller, session.Code)).Error, 404, "not_found");
    }
}
