using System.Text.RegularExpressions;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorSessionServiceTests(SimulatorTestDatabase database) : SimulatorTestBase(database)
{
    [Fact]
    public async Task CreateAsync_GroupName_StoresAnOpenSessionWithTheDocumentedDefaults()
    {
        var result = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS", Description = "Printer" });

        var session = result.Value.ShouldNotBeNull();
        Regex.IsMatch(session.Code, @"^s\d{3}-\d{3}-\d{3}$").ShouldBeTrue();
        session.State.ShouldBe(SimulatedSessionState.Open);
        session.Online.ShouldBeFalse();
        session.SupportSessionType.ShouldBe("Default");
        session.CreatedAt.ShouldBe(Now);
        session.ValidUntil.ShouldBe(Now.AddHours(24));
        session.AssignedUserId.ShouldBe(Caller.UserId);
        session.AssignedAt.ShouldBe(Now);
        session.SupporterToken.Length.ShouldBe(12);
        (await LoadSessionAsync(session.Code)).Description.ShouldBe("Printer");
        var group = (await Groups.ListAsync(Caller, null)).ShouldHaveSingleItem();
        group.Name.ShouldBe("BOSS");
        session.GroupId.ShouldBe(group.Id);
    }

    [Fact]
    public async Task CreateAsync_SameGroupNameInAnyCase_ReusesTheGroup()
    {
        var first = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "BOSS" });
        var second = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "boss" });

        second.GroupId.ShouldBe(first.GroupId);
        (await Groups.ListAsync(Caller, null)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task CreateAsync_GroupIdAndMatchingName_UsesThatGroup()
    {
        var group = (await Groups.CreateAsync(Caller, "Support", null)).Value!;

        var session = await CreateSessionAsync(new SimulatedSessionInput { GroupId = group.Id, GroupName = "support" });

        session.GroupId.ShouldBe(group.Id);
    }

    public static TheoryData<string, SimulatedSessionInput> InvalidCreates => new()
    {
        { "no group", new SimulatedSessionInput { Description = "x" } },
        { "unknown groupid", new SimulatedSessionInput { GroupId = "g1" } },
        { "malformed groupid", new SimulatedSessionInput { GroupId = "BOSS" } },
        { "description too long", new SimulatedSessionInput { GroupName = "BOSS", Description = new string('d', 4001) } },
        { "custom_api too long", new SimulatedSessionInput { GroupName = "BOSS", CustomApi = new string('c', 4001) } },
        { "valid_until not a date", new SimulatedSessionInput { GroupName = "BOSS", ValidUntil = "tomorrow" } },
        { "valid_until in the past", new SimulatedSessionInput { GroupName = "BOSS", ValidUntil = "2026-03-10T13:00:00Z" } },
        { "unknown type", new SimulatedSessionInput { GroupName = "BOSS", SupportSessionType = "Remote" } },
        { "malformed assignee", new SimulatedSessionInput { GroupName = "BOSS", AssignedUserId = "42" } },
    };

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public async Task CreateAsync_InvalidInput_Is400AndStoresNothing(string why, SimulatedSessionInput input)
    {
        var result = await Sessions.CreateAsync(Caller, input);

        ShouldBeError(result.Error, 400, "invalid_request");
        result.Error!.Description.ShouldNotBeNullOrWhiteSpace(why);
        await using var db = Database.CreateDbContext();
        (await db.Sessions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_GroupIdAndNameOfDifferentGroups_Is400()
    {
        var support = (await Groups.CreateAsync(Caller, "Support", null)).Value!;
        await Groups.CreateAsync(Caller, "BOSS", null);

        var result = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupId = support.Id, GroupName = "BOSS" });

        ShouldBeError(result.Error, 400, "invalid_request");
    }

    [Fact]
    public async Task CreateAsync_GroupIdOfAnotherAccount_Is400()
    {
        var theirs = (await Groups.CreateAsync(Stranger, "BOSS", null)).Value!;

        var result = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupId = theirs.Id });

        ShouldBeError(result.Error, 400, "invalid_request");
    }

    [Fact]
    public async Task CreateAsync_LongestAllowedTexts_AreKept()
    {
        var session = await CreateSessionAsync(new SimulatedSessionInput
        {
            GroupName = "BOSS", Description = new string('d', 4000), CustomApi = new string('c', 4000),
        });

        var stored = await LoadSessionAsync(session.Code);
        stored.Description!.Length.ShouldBe(4000);
        stored.CustomApi!.Length.ShouldBe(4000);
    }

    [Fact]
    public async Task CreateAsync_GivenValidUntilTypeAndNoAssignee_AreTaken()
    {
        var session = await CreateSessionAsync(new SimulatedSessionInput
        {
            GroupName = "BOSS", ValidUntil = "2026-03-10T16:30:00Z", SupportSessionType = "PILOT", AssignedUserId = "u0",
        });

        session.ValidUntil.ShouldBe(new DateTime(2026, 3, 10, 16, 30, 0, DateTimeKind.Utc));
        session.SupportSessionType.ShouldBe("Pilot");
        session.AssignedUserId.ShouldBe("u0");
        session.AssignedAt.ShouldBeNull();
    }

    [Fact]
    public async Task CreateAsync_ManySessions_EveryCodeIsUnique()
    {
        var codes = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            codes.Add((await CreateSessionAsync()).Code);
        }

        codes.Distinct().Count().ShouldBe(60);
    }

    [Fact]
    public async Task CreateAsync_MaxOpenSessionsReached_FailsWithLicenseLimitations()
    {
        Knobs.MaxOpenSessions = 2;
        var first = await CreateSessionAsync();
        await CreateSessionAsync();

        var refused = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS" });
        var otherAccount = await Sessions.CreateAsync(Stranger, new SimulatedSessionInput { GroupName = "BOSS" });
        await Sessions.UpdateAsync(Caller, first.Code, new SimulatedSessionInput { State = "closed" });
        var afterClose = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS" });

        ShouldBeError(refused.Error, 400, "invalid_request");
        refused.Error!.Description.ShouldContain("license limitations");
        otherAccount.Succeeded.ShouldBeTrue();
        afterClose.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateAsync_ByDefault_CapsAnAccountAt500OpenSessions()
    {
        await SimulatorSeed.SessionsAsync(Database.Factory, Caller, TeamViewerSimulatorOptions.DefaultMaxOpenSessions - 1, Now.AddHours(-1));

        var last = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS" });
        var beyond = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS" });

        TeamViewerSimulatorOptions.DefaultMaxOpenSessions.ShouldBe(500);
        last.Succeeded.ShouldBeTrue();
        ShouldBeError(beyond.Error, 400, "invalid_request");
        beyond.Error!.Description.ShouldContain("license limitations");
    }

    [Fact]
    public async Task CreateAsync_MaxOpenSessions_ExpiredSessionsDoNotCount()
    {
        Knobs.MaxOpenSessions = 1;
        await CreateSessionAsync();
        Clock.Advance(TimeSpan.FromHours(25));

        var result = await Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS" });

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateAsync_CreateDelay_StoresTheSessionBeforeItAnswers()
    {
        Knobs.CreateDelay = TimeSpan.FromSeconds(30);

        var create = Sessions.CreateAsync(Caller, new SimulatedSessionInput { GroupName = "BOSS", CustomApi = "ref-1" });
        var stored = await WaitForSessionAsync("ref-1");
        var answeredBeforeTheDelay = create.IsCompleted;
        for (var i = 0; i < 200 && !create.IsCompleted; i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(10);
        }

        answeredBeforeTheDelay.ShouldBeFalse();
        (await create).Value!.Code.ShouldBe(stored.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GetAsync_CodeWithOrWithoutDashes_FindsTheSession(bool dashed)
    {
        var session = await CreateSessionAsync();

        var result = await Sessions.GetAsync(Caller, dashed ? session.Code : SimulatorSessionCodes.Undashed(session.Code));

        result.Value!.Code.ShouldBe(session.Code);
    }

    [Theory]
    [InlineData("s000-000-000")]
    [InlineData("not-a-code")]
    public async Task GetAsync_UnknownCode_IsNotFound(string code)
    {
        var result = await Sessions.GetAsync(Caller, code);

        ShouldBeError(result.Error, 404, "not_found");
    }

    [Fact]
    public async Task GetAsync_AnotherAccountsSession_IsNotFound()
    {
        var session = await CreateSessionAsync();

        var result = await Sessions.GetAsync(Stranger, session.Code);

        ShouldBeError(result.Error, 404, "not_found");
    }

    [Fact]
    public async Task GetAsync_PastValidUntil_StateStaysOpen()
    {
        var session = await CreateSessionAsync();
        Clock.Advance(TimeSpan.FromHours(25));

        var result = await Sessions.GetAsync(Caller, session.Code);

        result.Value!.State.ShouldBe(SimulatedSessionState.Open);
        result.Value.ClosedAt.ShouldBeNull();
    }

    private async Task<SimulatedSession> WaitForSessionAsync(string customApi)
    {
        for (var i = 0; i < 500; i++)
        {
            await using var db = Database.CreateDbContext();
            if (await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.CustomApi == customApi) is { } session)
            {
                return session;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The session was never stored.");
    }
}
