using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorReportServiceTests(SimulatorTestDatabase database) : SimulatorTestBase(database)
{
    [Fact]
    public async Task ListAsync_MoreThanOnePage_PagesNewestEndFirstByOffsetId()
    {
        var seeded = await SimulatorSeed.ReportsAsync(Database.Factory, Caller, 1002, Now.AddDays(-2));
        var newestFirst = seeded.OrderByDescending(r => r.EndDate).Select(r => r.Id).ToList();

        var first = (await Reports.ListAsync(Caller, new SimulatedReportQuery())).Value!;
        var second = (await Reports.ListAsync(Caller, new SimulatedReportQuery { OffsetId = first.NextOffset!.ToLowerInvariant() })).Value!;

        first.Records.Select(r => r.Id).ShouldBe(newestFirst.Take(1000));
        first.NextOffset.ShouldBe(newestFirst[999]);
        first.RecordsRemaining.ShouldBe(2);
        second.Records.Select(r => r.Id).ShouldBe(newestFirst.Skip(1000));
        second.NextOffset.ShouldBeNull();
        second.RecordsRemaining.ShouldBeNull();
    }

    [Fact]
    public async Task ListAsync_DateRange_FromIsInclusiveAndToExclusiveOnTheStart()
    {
        var session = await CreateSessionAsync(new SimulatedSessionInput { GroupName = "BOSS", ValidUntil = "2026-04-01T00:00:00Z" });
        var day = new DateTime(2026, 3, 12, 0, 0, 0, DateTimeKind.Utc);
        var before = await ConnectAsync(session, day.AddMinutes(-1), TimeSpan.FromMinutes(1));
        var atStart = await ConnectAsync(session, day, TimeSpan.FromMinutes(5));
        var endsAfterTo = await ConnectAsync(session, day.AddDays(1).AddMinutes(-1), TimeSpan.FromMinutes(30));
        var nextDay = await ConnectAsync(session, day.AddDays(1).AddMinutes(30), TimeSpan.FromMinutes(5));

        var page = (await Reports.ListAsync(Caller, new SimulatedReportQuery { FromDate = "2026-03-12", ToDate = "2026-03-13T00:00:00Z" })).Value!;

        page.Records.Select(r => r.Id).ShouldBe([endsAfterTo, atStart]);
        page.Records.Select(r => r.Id).ShouldNotContain(before);
        page.Records.Select(r => r.Id).ShouldNotContain(nextDay);
    }

    [Fact]
    public async Task ListAsync_SessionCodeAndHasCode_Filter()
    {
        var one = await CreateSessionAsync();
        var two = await CreateSessionAsync();
        var forOne = await ConnectAsync(one, Now, TimeSpan.FromMinutes(3));
        await ConnectAsync(two, Now, TimeSpan.FromMinutes(3));

        var byCode = (await Reports.ListAsync(Caller, new SimulatedReportQuery { SessionCode = SimulatorSessionCodes.Undashed(one.Code) })).Value!;
        var withCode = (await Reports.ListAsync(Caller, new SimulatedReportQuery { HasCode = "true" })).Value!;
        var withoutCode = (await Reports.ListAsync(Caller, new SimulatedReportQuery { HasCode = "false" })).Value!;

        byCode.Records.ShouldHaveSingleItem().Id.ShouldBe(forOne);
        withCode.Records.Count.ShouldBe(2);
        withoutCode.Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListAsync_OtherFilters_MatchTheDocumentedValues()
    {
        var session = await CreateSessionAsync();
        await ConnectAsync(session, Now, TimeSpan.FromMinutes(3));

        async Task<int> CountAsync(SimulatedReportQuery query) => (await Reports.ListAsync(Caller, query)).Value!.Records.Count;

        (await CountAsync(new SimulatedReportQuery { SupportSessionType = "RemoteSupportActive" })).ShouldBe(1);
        (await CountAsync(new SimulatedReportQuery { SupportSessionType = "1" })).ShouldBe(0);
        (await CountAsync(new SimulatedReportQuery { GroupId = session.GroupId })).ShouldBe(1);
        (await CountAsync(new SimulatedReportQuery { GroupId = "0" })).ShouldBe(0);
        (await CountAsync(new SimulatedReportQuery { UserId = Caller.UserId, UserName = Caller.DisplayName })).ShouldBe(1);
        (await CountAsync(new SimulatedReportQuery { DeviceName = "unnamed_device" })).ShouldBe(0);
    }

    [Theory]
    [InlineData("from_date")]
    [InlineData("has_code")]
    [InlineData("support_session_type")]
    [InlineData("offset_id")]
    public async Task ListAsync_UnreadableParameter_Is400(string parameter)
    {
        var query = parameter switch
        {
            "from_date" => new SimulatedReportQuery { FromDate = "last tuesday" },
            "has_code" => new SimulatedReportQuery { HasCode = "maybe" },
            "support_session_type" => new SimulatedReportQuery { SupportSessionType = "9" },
            _ => new SimulatedReportQuery { OffsetId = Guid.NewGuid().ToString() },
        };

        var result = await Reports.ListAsync(Caller, query);

        ShouldBeError(result.Error, 400, "invalid_request");
    }

    [Fact]
    public async Task GetAndList_AnotherAccount_SeeNothing()
    {
        var session = await CreateSessionAsync();
        var id = await ConnectAsync(session, Now, TimeSpan.FromMinutes(3));

        var one = await Reports.GetAsync(Stranger, id);
        var list = (await Reports.ListAsync(Stranger, new SimulatedReportQuery())).Value!;

        ShouldBeError(one.Error, 404, "not_found");
        list.Records.ShouldBeEmpty();
        (await Reports.GetAsync(Caller, id.ToLowerInvariant())).Value!.Id.ShouldBe(id);
    }

    /// <summary>The customer joins at <paramref name="start"/> and leaves <paramref name="length"/> later; returns the report id.</summary>
    private async Task<string> ConnectAsync(SimulatedSession session, DateTime start, TimeSpan length)
    {
        Clock.SetUtcNow(start);
        await Customers.JoinAsync(session.Code);
        Clock.Advance(length);
        await Customers.LeaveAsync(session.Code);
        return (await LoadReportsAsync()).OrderByDescending(r => r.EndDate).ThenByDescending(r => r.StartDate).First().Id;
    }
}
