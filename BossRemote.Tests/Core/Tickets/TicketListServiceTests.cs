using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Tickets;

public abstract class TicketListServiceTests(TestDatabase database) : DatabaseTestBase(database)
{
    private TicketListService CreateService() => new(Database.Factory, Access);

    [Fact]
    public async Task QueryAsync_MineView_ReturnsOnlyTicketsAssignedToTheViewer()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).AssignedTo(Database.Technician).Build(),
            new TicketBuilder().WithNumber(1002).AssignedTo(Database.OtherTechnician).Build(),
            new TicketBuilder().WithNumber(1003).AssignedTo(null).Build(),
            new TicketBuilder().WithNumber(1004).AssignedTo(Database.Technician).Build());
        var viewer = PrincipalBuilder.Technician().For(Database.Technician).Build();

        var page = await CreateService().QueryAsync(viewer, new TicketListQuery { View = TicketView.Mine });

        page.Items.Select(t => t.Number).ShouldBe([1001, 1004], ignoreOrder: true);
        page.TotalCount.ShouldBe(2);
        page.Items.ShouldAllBe(t => t.AssignedTechnicianName == Database.Technician.DisplayName);
    }

    [Fact]
    public async Task QueryAsync_UnassignedView_ReturnsOnlyTicketsWithoutATechnician()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).AssignedTo(Database.Technician).Build(),
            new TicketBuilder().WithNumber(1002).AssignedTo(null).Build(),
            new TicketBuilder().WithNumber(1003).AssignedTo(null).Build());
        var viewer = PrincipalBuilder.Technician().For(Database.Technician).Build();

        var page = await CreateService().QueryAsync(viewer, new TicketListQuery { View = TicketView.Unassigned });

        page.Items.Select(t => t.Number).ShouldBe([1002, 1003], ignoreOrder: true);
        page.Items.ShouldAllBe(t => t.AssignedTechnicianName == null);
    }

    [Theory]
    [InlineData("#1042")]
    [InlineData("1042")]
    [InlineData("  #1042 ")]
    public async Task QueryAsync_SearchByNumber_ReturnsThatTicketOnly(string search)
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1041).Build(),
            new TicketBuilder().WithNumber(1042).Build(),
            new TicketBuilder().WithNumber(10420).Build());

        var page = await CreateService().QueryAsync(Technician(), new TicketListQuery { Search = search });

        page.Items.Select(t => t.Number).ShouldBe([1042]);
    }

    [Fact]
    public async Task QueryAsync_SearchBySubjectFragment_IgnoresCase()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithSubject("VPN disconnects every few minutes").Build(),
            new TicketBuilder().WithNumber(1002).WithSubject("Printer shows offline").Build(),
            new TicketBuilder().WithNumber(1003).WithSubject("New vpn token needed").Build());

        var page = await CreateService().QueryAsync(Technician(), new TicketListQuery { Search = "VpN" });

        page.Items.Select(t => t.Number).ShouldBe([1001, 1003], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Olivia")]
    [InlineData("olivia.brown@")]
    public async Task QueryAsync_SearchByRequesterNameOrEmail_ReturnsTheirTickets(string search)
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithRequester("Olivia Brown", "olivia.brown@northwind.example").Build(),
            new TicketBuilder().WithNumber(1002).WithRequester("Noah Wilson", "noah.wilson@northwind.example").Build());

        var page = await CreateService().QueryAsync(Technician(), new TicketListQuery { Search = search });

        page.Items.Select(t => t.Number).ShouldBe([1001]);
    }

    [Fact]
    public async Task QueryAsync_SearchWithLikeWildcards_MatchesThemLiterally()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithSubject("Disk 100% full").Build(),
            new TicketBuilder().WithNumber(1002).WithSubject("Disk 1000 GB ordered").Build(),
            new TicketBuilder().WithNumber(1003).WithSubject("file_server down").Build(),
            new TicketBuilder().WithNumber(1004).WithSubject("fileXserver down").Build());
        var service = CreateService();

        var percent = await service.QueryAsync(Technician(), new TicketListQuery { Search = "100%" });
        var underscore = await service.QueryAsync(Technician(), new TicketListQuery { Search = "file_server" });

        percent.Items.Select(t => t.Number).ShouldBe([1001]);
        underscore.Items.Select(t => t.Number).ShouldBe([1003]);
    }

    [Fact]
    public async Task QueryAsync_StatusFilter_ReturnsOnlyThoseStatuses()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithStatus(TicketStatus.Open).Build(),
            new TicketBuilder().WithNumber(1002).WithStatus(TicketStatus.OnHold).Build(),
            new TicketBuilder().WithNumber(1003).WithStatus(TicketStatus.Closed).Build(),
            new TicketBuilder().WithNumber(1004).WithStatus(TicketStatus.Resolved).Build());
        var query = new TicketListQuery { Statuses = [TicketStatus.OnHold, TicketStatus.Closed] };

        var page = await CreateService().QueryAsync(Technician(), query);

        page.Items.Select(t => t.Number).ShouldBe([1002, 1003], ignoreOrder: true);
        page.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task QueryAsync_PriorityAndCategoryFilters_Combine()
    {
        var network = Database.CategoryId("Network");
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithPriority(TicketPriority.Urgent).WithCategory(network).Build(),
            new TicketBuilder().WithNumber(1002).WithPriority(TicketPriority.Urgent).WithCategory(Database.CategoryId("PC")).Build(),
            new TicketBuilder().WithNumber(1003).WithPriority(TicketPriority.Low).WithCategory(network).Build());
        var query = new TicketListQuery { Priority = TicketPriority.Urgent, CategoryId = network };

        var page = await CreateService().QueryAsync(Technician(), query);

        page.Items.Select(t => t.Number).ShouldBe([1001]);
        page.Items[0].CategoryName.ShouldBe("Network");
    }

    [Fact]
    public async Task QueryAsync_TechnicianFilterWithStatus_ReturnsThatPersonsOpenTickets()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).AssignedTo(Database.OtherTechnician).Build(),
            new TicketBuilder().WithNumber(1002).AssignedTo(Database.OtherTechnician).WithStatus(TicketStatus.Closed).Build(),
            new TicketBuilder().WithNumber(1003).AssignedTo(Database.Technician).Build(),
            new TicketBuilder().WithNumber(1004).AssignedTo(null).Build());
        var query = new TicketListQuery { TechnicianId = Database.OtherTechnician.Id, Statuses = [TicketStatus.Open] };

        var page = await CreateService().QueryAsync(PrincipalBuilder.Supervisor().Build(), query);

        page.Items.Select(t => t.Number).ShouldBe([1001]);
        page.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task QueryAsync_DefaultSort_NewestUpdateFirst()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).UpdatedAt(Now.AddDays(-3)).Build(),
            new TicketBuilder().WithNumber(1002).UpdatedAt(Now.AddDays(-1)).Build(),
            new TicketBuilder().WithNumber(1003).UpdatedAt(Now.AddDays(-2)).Build());

        var page = await CreateService().QueryAsync(Technician(), new TicketListQuery());

        page.Items.Select(t => t.Number).ShouldBe([1002, 1003, 1001]);
    }

    [Fact]
    public async Task QueryAsync_SortBySubjectAscending_OrdersAlphabetically()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithSubject("Mouse not working").Build(),
            new TicketBuilder().WithNumber(1002).WithSubject("Broken laptop screen").Build(),
            new TicketBuilder().WithNumber(1003).WithSubject("Webcam shows a black image").Build());
        var query = new TicketListQuery { SortBy = TicketSortColumn.Subject, Descending = false };

        var page = await CreateService().QueryAsync(Technician(), query);

        page.Items.Select(t => t.Subject).ShouldBe(["Broken laptop screen", "Mouse not working", "Webcam shows a black image"]);
    }

    [Fact]
    public async Task QueryAsync_SortByPriorityAscending_PutsUrgentFirst()
    {
        await Database.AddAsync(
            new TicketBuilder().WithNumber(1001).WithPriority(TicketPriority.Low).Build(),
            new TicketBuilder().WithNumber(1002).WithPriority(TicketPriority.Urgent).Build(),
            new TicketBuilder().WithNumber(1003).WithPriority(TicketPriority.Medium).Build());
        var query = new TicketListQuery { SortBy = TicketSortColumn.Priority, Descending = false };

        var page = await CreateService().QueryAsync(Technician(), query);

        page.Items.Select(t => t.Priority).ShouldBe([TicketPriority.Urgent, TicketPriority.Medium, TicketPriority.Low]);
    }

    [Fact]
    public async Task QueryAsync_SecondPage_ReturnsTheNextSliceAndTheFullTotal()
    {
        await Database.AddAsync([.. Enumerable.Range(1001, 7).Select(n => new TicketBuilder().WithNumber(n).Build())]);
        var query = new TicketListQuery { SortBy = TicketSortColumn.Number, Descending = false, Page = 1, PageSize = 3 };

        var page = await CreateService().QueryAsync(Technician(), query);

        page.Items.Select(t => t.Number).ShouldBe([1004, 1005, 1006]);
        page.TotalCount.ShouldBe(7);
    }

    [Fact]
    public async Task QueryAsync_PageSizeAboveMaximum_ReturnsAtMostTheMaximum()
    {
        var count = TicketListQuery.MaxPageSize + 5;
        await Database.AddAsync([.. Enumerable.Range(1001, count).Select(n => new TicketBuilder().WithNumber(n).Build())]);

        var page = await CreateService().QueryAsync(Technician(), new TicketListQuery { PageSize = 10_000 });

        page.Items.Count.ShouldBe(TicketListQuery.MaxPageSize);
        page.TotalCount.ShouldBe(count);
    }

    [Fact]
    public async Task QueryAsync_Supervisor_MayReadTheList()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1001).Build());
        var supervisor = PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

        var page = await CreateService().QueryAsync(supervisor, new TicketListQuery());

        page.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task QueryAsync_SignedInWithoutARole_ThrowsAccessDenied()
    {
        var nobody = new PrincipalBuilder().Build();

        await Should.ThrowAsync<AccessDeniedException>(() => CreateService().QueryAsync(nobody, new TicketListQuery()));
    }

    private System.Security.Claims.ClaimsPrincipal Technician() =>
        PrincipalBuilder.Technician().For(Database.Technician).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : TicketListServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TicketListServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
