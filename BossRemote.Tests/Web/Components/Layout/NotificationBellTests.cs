using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Notifications;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Layout;
using BossRemote.Web.Realtime;
using BossRemote.Web.TimeZones;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Layout;

/// <summary>The bell on a real SQLite database: what a person sees and does with their notices.</summary>
public sealed class NotificationBellTests : BunitTestBase, IClassFixture<SqliteTestDatabase>
{
    // 10 March 2026, 14:00 UTC: 15:00 in Berlin, the viewer's zone here.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero));
    private readonly SqliteTestDatabase _database;
    private readonly NotificationService _notifications;
    private readonly LiveUpdates _live = new(new LiveUpdateFanOut(NullLogger<LiveUpdateFanOut>.Instance), new InProcessRelay(), new SharedReads());
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public NotificationBellTests(SqliteTestDatabase database)
    {
        _database = database;
        _notifications = new NotificationService(database.Factory, _clock);
        var viewer = new ViewerTimeZone();
        viewer.TrySet("Europe/Berlin");
        Services.AddSingleton(viewer);
        Services.AddSingleton(_notifications);
        Services.AddSingleton(_live);
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        _popovers = RenderPopoverProvider();
        using var db = database.CreateDbContext();
        db.Notifications.ExecuteDelete();
    }

    private ClaimsPrincipal Technician => PrincipalBuilder.Technician().For(_database.Technician).Build();

    [Fact]
    public async Task Render_UnreadNotices_ShowsTheirCount()
    {
        await NoticeAsync("Emma Johnson is online", "tickets/1042");
        await NoticeAsync("Jon Park is online", "tickets/1043");

        var cut = RenderBell();

        cut.Find(TestId("notification-count")).TextContent.ShouldBe("2");
        cut.Find(TestId("notification-bell")).GetAttribute("aria-label").ShouldBe("Notifications: 2 unread");
    }

    [Fact]
    public async Task Render_NoUnreadNotices_ShowsNoCount()
    {
        await NoticeAsync("Emma Johnson is online", "tickets/1042");
        await _notifications.MarkAllReadAsync(Technician);

        var cut = RenderBell();

        cut.FindAll(TestId("notification-count")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Open_UnreadNotices_ListsThemNewestFirstWithTimeAndLinkAndMarksThemRead()
    {
        await NoticeAsync("Emma Johnson is online", "tickets/1042");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await NoticeAsync("Jon Park is online", "tickets/1043");
        var cut = RenderBell();

        await cut.Find(TestId("notification-bell")).ClickAsync(new());

        var items = _popovers.WaitForElements(TestId("notification-item"));
        items.Count.ShouldBe(2);
        items[0].TextContent.ShouldContain("Jon Park is online");
        items[0].GetAttribute("href").ShouldBe("tickets/1043");
        items[0].GetAttribute("data-read").ShouldBe("false");
        items[0].QuerySelector("time")!.TextContent.ShouldBe("10 Mar 2026, 15:05");
        items[1].GetAttribute("href").ShouldBe("tickets/1042");
        cut.WaitForAssertion(() => cut.FindAll(TestId("notification-count")).ShouldBeEmpty());
        (await _notifications.CountUnreadAsync(Technician)).ShouldBe(0);
    }

    [Fact]
    public async Task Open_NoNotices_SaysSo()
    {
        var cut = RenderBell();

        await cut.Find(TestId("notification-bell")).ClickAsync(new());

        _popovers.WaitForElement(TestId("notification-empty")).TextContent.ShouldBe("No notifications yet.");
    }

    [Fact]
    public async Task NewNotice_WhileThePageIsOpen_CountUpdatesLiveAndTheBellRings()
    {
        var cut = RenderBell();
        cut.FindAll(TestId("notification-count")).ShouldBeEmpty();

        await NoticeAsync("Emma Johnson is online", "tickets/1042");
        _live.Publish(new UserNotification([_database.Technician.Id], "Emma Johnson is online", "tickets/1042"));

        cut.WaitForAssertion(() => cut.Find(TestId("notification-count")).TextContent.ShouldBe("1"));
        cut.Find(TestId("notification-bell")).ClassList.ShouldContain("br-bell-ring");
    }

    [Fact]
    public async Task NewNotice_WhileTheListIsOpen_JoinsItUnreadAndStaysCounted()
    {
        await NoticeAsync("Emma Johnson is online", "tickets/1042");
        var cut = RenderBell();
        await cut.Find(TestId("notification-bell")).ClickAsync(new());
        _popovers.WaitForElements(TestId("notification-item")).Count.ShouldBe(1);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await NoticeAsync("Jon Park is online", "tickets/1043");
        _live.Publish(new UserNotification([_database.Technician.Id], "Jon Park is online", "tickets/1043"));

        _popovers.WaitForAssertion(() => _popovers.FindAll(TestId("notification-item")).Count.ShouldBe(2));
        var newest = _popovers.FindAll(TestId("notification-item"))[0];
        newest.TextContent.ShouldContain("Jon Park is online");
        newest.GetAttribute("data-read").ShouldBe("false");
        cut.Find(TestId("notification-count")).TextContent.ShouldBe("1");
        (await _notifications.CountUnreadAsync(Technician)).ShouldBe(1);
    }

    [Fact]
    public async Task NewNotice_ForSomeoneElse_LeavesTheCountAlone()
    {
        var cut = RenderBell();

        await _notifications.AddAsync([_database.OtherTechnician.Id], "Maria's", "tickets/1", key: null);
        _live.Publish(new UserNotification([_database.OtherTechnician.Id], "Maria's", "tickets/1"));
        await Task.Delay(200);

        cut.FindAll(TestId("notification-count")).ShouldBeEmpty();
    }

    private IRenderedComponent<NotificationBell> RenderBell() =>
        Render<NotificationBell>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(Technician))));

    private Task NoticeAsync(string message, string link) =>
        _notifications.AddAsync([_database.Technician.Id], message, link, key: null);
}
