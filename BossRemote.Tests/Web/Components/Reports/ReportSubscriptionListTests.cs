using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Reports.Components;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Web.Components.Reports;

/// <summary>The list under the report, on a real SQLite database: what a supervisor and an admin see and remove.</summary>
public sealed class ReportSubscriptionListTests : BunitTestBase, IClassFixture<SqliteTestDatabase>
{
    // Tuesday 10 March 2026: the next weekly report in Berlin is Monday 16 March, 07:00 there.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero));
    private readonly SqliteTestDatabase _database;
    private readonly ReportSubscriptionService _subscriptions;

    public ReportSubscriptionListTests(SqliteTestDatabase database)
    {
        _database = database;
        var access = TestAuthorization.CreateUserAccess();
        _subscriptions = new ReportSubscriptionService(database.Factory, access, new TechnicianDirectory(database.Factory), new AuditLog(database.Factory, access, _clock), _clock);
        Services.AddSingleton(_subscriptions);
        RenderPopoverProvider();
        Render<MudBlazor.MudSnackbarProvider>();
        using var db = database.CreateDbContext();
        db.ReportSubscriptions.ExecuteDelete();
    }

    private ClaimsPrincipal Supervisor => PrincipalBuilder.Supervisor().For(_database.Supervisor).Build();

    private ClaimsPrincipal Admin => PrincipalBuilder.Admin().For(_database.Admin).Build();

    [Fact]
    public void Render_NoSubscriptions_SaysHowToMakeOne()
    {
        var cut = RenderList(Supervisor);

        cut.WaitForElement(TestId("report-subscriptions-empty")).TextContent.ShouldContain("Subscribe by e-mail…");
    }

    [Fact]
    public async Task Render_OwnSubscription_ShowsWhatWhenAndForWhom()
    {
        await _subscriptions.SubscribeAsync(Supervisor, ReportFrequency.Weekly, "Europe/Berlin", [_database.Technician.Id]);

        var cut = RenderList(Supervisor);

        var row = cut.WaitForElement(TestId("report-subscription"));
        row.QuerySelector(TestId("report-subscription-frequency"))!.TextContent.ShouldBe("Weekly");
        row.QuerySelector(TestId("report-subscription-technicians"))!.TextContent.ShouldBe("Taylor Reed");
        row.TextContent.ShouldContain("Next Mon 16 Mar 2026, 07:00 Europe/Berlin");
        row.TextContent.ShouldContain("nothing sent yet");
    }

    [Fact]
    public async Task Remove_OwnSubscription_TakesItOffTheList()
    {
        await _subscriptions.SubscribeAsync(Supervisor, ReportFrequency.Monthly, "UTC", []);
        var cut = RenderList(Supervisor);

        await cut.WaitForElement(TestId("report-subscription-remove")).ClickAsync(new());

        cut.WaitForElement(TestId("report-subscriptions-empty"));
        (await _subscriptions.ListAsync(Supervisor)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_Admin_SeesSomeoneElsesNamedAsTheirs()
    {
        await _subscriptions.SubscribeAsync(Supervisor, ReportFrequency.Monthly, "UTC", []);

        var cut = RenderList(Admin);

        cut.WaitForElement(TestId("report-subscription")).TextContent.ShouldContain("for Sam Whitaker");
        cut.Find("h2").TextContent.ShouldBe("Report subscriptions");
    }

    private IRenderedComponent<ReportSubscriptionList> RenderList(ClaimsPrincipal user) =>
        Render<ReportSubscriptionList>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(user))));
}
