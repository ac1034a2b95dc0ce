using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Tickets;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>The ticket list as agents use it: live, its state in the address, one history entry per ticket opened.</summary>
public class TicketListEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task AnotherAgentChangesATicket_TheOpenListShowsItWithoutAReload()
    {
        var ticket = await FreshTicketAsync();
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync($"/tickets?q={ticket.Number}");
        var row = Page.Locator("tr", new() { Has = ByTestId("ticket-link") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Open");

        var technician = await AppScope.DemoUserAsync(App.Factory.Services, DemoUsers.TechnicianEmail);
        var changed = await AppScope.WithAsync<TicketWorkflow, OperationResult>(
            App.Factory.Services, w => w.ChangeStatusAsync(technician, ticket.Number, TicketStatus.OnHold));
        changed.Succeeded.ShouldBeTrue(changed.Error);

        await Expect(row).ToContainTextAsync("On Hold");
        Page.Url.ShouldEndWith($"/tickets?q={ticket.Number}", Case.Sensitive, "the agent's search is kept");
    }

    [Fact]
    public async Task SupervisorFiltersByTechnicianAndSorts_OpensATicket_OneBackRestoresTheList()
    {
        var (technicianId, technicianName) = await TechnicianWithOpenTicketsAsync();
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync("/tickets");

        await ByTestId("filter-technician").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = technicianName, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"technician={technicianId}"));
        await Page.GetByRole(AriaRole.Columnheader, new() { Name = "Subject" }).Locator(".column-header").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("sort=subject&dir=asc"));
        var listAddress = Page.Url;
        var technicianCells = Page.Locator("[data-testid='ticket-grid'] tbody tr td:nth-child(4)");
        await Expect(technicianCells.First).ToHaveTextAsync(technicianName);
        (await technicianCells.AllTextContentsAsync()).ShouldAllBe(name => name == technicianName);
        var subjects = await Page.Locator("[data-testid='ticket-grid'] tbody tr td:nth-child(2)").AllTextContentsAsync();
        subjects.ShouldBe([.. subjects.Order(StringComparer.OrdinalIgnoreCase)], "sorted by subject");

        var first = ByTestId("ticket-link").First;
        var number = (await first.TextContentAsync())!.TrimStart('#');
        await first.ClickAsync();
        await Expect(ByTestId("ticket-title")).ToContainTextAsync($"#{number}");

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(listAddress);
        await Expect(technicianCells.First).ToHaveTextAsync(technicianName);
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Subject" })).ToHaveAttributeAsync("aria-sort", "ascending");
    }

    [Fact]
    public async Task SharedLinkWithFiltersSortAndPage_OpensTheListAsItWas()
    {
        var (technicianId, technicianName) = await TechnicianWithOpenTicketsAsync();
        await SignInAsync(DemoUsers.SupervisorEmail);

        await GotoInteractiveAsync($"/tickets?status=any&technician={technicianId}&sort=number&dir=asc&size=10");

        await Expect(ByTestId("filter-technician")).ToHaveValueAsync(technicianName);
        await Expect(ByTestId("ticket-link").First).ToBeVisibleAsync();
        var numbers = await ByTestId("ticket-link").AllTextContentsAsync();
        numbers.Count.ShouldBeInRange(1, 10);
        var values = numbers.Select(n => int.Parse(n.TrimStart('#'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        values.ShouldBe([.. values.Order()]);
        await using var db = App.Factory.CreateDbContext();
        var expected = await db.Tickets.Where(t => t.AssignedTechnicianId == technicianId).OrderBy(t => t.Number).Select(t => t.Number).Take(10).ToListAsync();
        values.ShouldBe(expected);
    }

    [Fact]
    public async Task AddressWrittenAnotherWay_IsPutRightInPlace_BackLeavesTheList()
    {
        await SignInAsync(DemoUsers.SupervisorEmail);
        await GotoInteractiveAsync("/reports");

        await GotoInteractiveAsync("/tickets?sort=number&dir=asc&status=any");
        await Expect(Page).ToHaveURLAsync(new Regex("/tickets\\?status=any&sort=number&dir=asc$"));
        await Expect(ByTestId("ticket-link").First).ToBeVisibleAsync();

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/reports$"));
    }

    private async Task<(string Id, string Name)> TechnicianWithOpenTicketsAsync()
    {
        await using var db = App.Factory.CreateDbContext();
        var id = await db.Tickets.Where(t => t.AssignedTechnicianId != null && t.Status == TicketStatus.Open)
            .GroupBy(t => t.AssignedTechnicianId).OrderByDescending(g => g.Count()).Select(g => g.Key!).FirstAsync();
        var name = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync();
        return (id, name);
    }
}
