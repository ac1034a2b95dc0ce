using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorCustomerServiceTests(SimulatorTestDatabase database) : SimulatorTestBase(database)
{
    private static readonly SimulatedSessionInput FullInput = new()
    {
        GroupName = "BOSS",
        Description = "Ticket #1042: printer jams",
        WaitingMessage = "Your technician will be with you shortly.",
        EndCustomerName = "Max Mustermann",
        EndCustomerEmail = "max@example.com",
        CustomApi = "bossremote:ticket:1042",
    };

    [Fact]
    public async Task JoinAsync_OpenSession_TurnsTheCustomerOnline()
    {
        var session = await CreateSessionAsync();

        var joined = await Customers.JoinAsync(SimulatorSessionCodes.Undashed(session.Code));

        joined.ShouldBeTrue();
        var stored = await LoadSessionAsync(session.Code);
        stored.Online.ShouldBeTrue();
        stored.JoinedAt.ShouldBe(Now);
        (await Customers.FindAsync(session.Code))!.Online.ShouldBeTrue();
    }

    [Fact]
    public async Task LeaveAsync_AfterJoin_WritesTheConnectionReport()
    {
        var session = await CreateSessionAsync(FullInput);
        var joinedAt = Now;
        await Customers.JoinAsync(session.Code);
        Clock.Advance(TimeSpan.FromMinutes(18));

        var left = await Customers.LeaveAsync(session.Code);

        left.ShouldBeTrue();
        (await LoadSessionAsync(session.Code)).Online.ShouldBeFalse();
        var report = (await LoadReportsAsync()).ShouldHaveSingleItem();
        Guid.TryParse(report.Id, out _).ShouldBeTrue();
        report.AccountId.ShouldBe(Caller.UserId);
        report.UserId.ShouldBe(Caller.UserId);
        report.UserName.ShouldBe(Caller.DisplayName);
        report.DeviceId.ShouldNotBeNullOrEmpty();
        report.DeviceName.ShouldNotBeNullOrEmpty();
        report.GroupId.ShouldBe(session.GroupId);
        report.GroupName.ShouldBe("BOSS");
        report.SupportSessionType.ShouldBe(2);
        report.StartDate.ShouldBe(joinedAt);
        report.EndDate.ShouldBe(Now);
        report.SessionCode.ShouldBe(session.Code);
        report.SessionCreatedAt.ShouldBe(session.CreatedAt);
        report.ValidUntil.ShouldBe(session.ValidUntil);
        report.AssignedUserId.ShouldBe(Caller.UserId);
        report.AssignedAt.ShouldBe(session.AssignedAt);
        report.SessionNote.ShouldBe(FullInput.Description);
        report.CustomApi.ShouldBe(FullInput.CustomApi);
        report.EndCustomerName.ShouldBe("Max Mustermann");
        report.EndCustomerEmail.ShouldBe("max@example.com");
        report.Fee.ShouldBe(0m);
        report.Currency.ShouldBe("EUR");
        report.BillingState.ShouldBe("Bill");
    }

    [Fact]
    public async Task LeaveAsync_AssignedToAnotherSupporter_ReportsThatSupporter()
    {
        var session = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "BOSS", AssignedUserId = "u777" });
        await Customers.JoinAsync(session.Code);

        await Customers.LeaveAsync(session.Code);

        var report = (await LoadReportsAsync()).ShouldHaveSingleItem();
        report.UserId.ShouldBe("u777");
        report.UserName.ShouldBe(SimulatorAccount.DisplayNameFor("u777"));
    }

    [Fact]
    public async Task LeaveAsync_NotOnline_WritesNothing()
    {
        var session = await CreateSessionAsync();

        var left = await Customers.LeaveAsync(session.Code);

        left.ShouldBeFalse();
        (await LoadReportsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task JoinAsync_ClosedSession_IsRefusedAndShownAsEnded()
    {
        var session = await CreateSessionAsync();
        await Sessions.UpdateAsync(Caller, session.Code, new SimulatedSessionInput { State = "closed" });

        var joined = await Customers.JoinAsync(session.Code);

        joined.ShouldBeFalse();
        (await LoadSessionAsync(session.Code)).Online.ShouldBeFalse();
        (await Customers.FindAsync(session.Code))!.HasEnded.ShouldBeTrue();
    }

    [Fact]
    public async Task JoinAsync_PastValidUntil_IsRefusedAndShownAsEnded()
    {
        var session = await CreateSessionAsync();
        Clock.Advance(TimeSpan.FromHours(24));

        var joined = await Customers.JoinAsync(session.Code);

        joined.ShouldBeFalse();
        var view = (await Customers.FindAsync(session.Code))!;
        view.HasEnded.ShouldBeTrue();
        view.State.ShouldBe(SimulatedSessionState.Open);
    }

    [Fact]
    public async Task FindForSupporterAsync_RightToken_FindsTheSession()
    {
        var session = await CreateSessionAsync();

        var view = await Customers.FindForSupporterAsync($"{SimulatorSessionCodes.Undashed(session.Code)}-{session.SupporterToken}");

        view!.Code.ShouldBe(session.Code);
        view.GroupName.ShouldBe("BOSS");
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData("no-dash")]
    [InlineData("")]
    public async Task FindForSupporterAsync_WrongLink_FindsNothing(string kind)
    {
        var session = await CreateSessionAsync();
        var link = kind switch
        {
            "wrong-token" => $"{SimulatorSessionCodes.Undashed(session.Code)}-AAAAAAAAAAAA",
            "no-dash" => SimulatorSessionCodes.Undashed(session.Code) + session.SupporterToken,
            _ => "",
        };

        (await Customers.FindForSupporterAsync(link)).ShouldBeNull();
    }

    [Fact]
    public async Task FindAsync_UnknownCode_FindsNothing()
    {
        (await Customers.FindAsync("s999999999")).ShouldBeNull();
    }
}
