using AngleSharp.Dom;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Tickets.Components;
using BossRemote.Web.TimeZones;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Web.Components.Tickets;

public class TeamViewerWidgetViewTests : BunitTestBase
{
    private static readonly DateTime Created = new(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly List<string> _actions = [];

    public TeamViewerWidgetViewTests()
    {
        var zone = new ViewerTimeZone();
        zone.TrySet("Europe/Berlin");
        Services.AddSingleton(zone);
    }

    [Fact]
    public void NotConfigured_Technician_SaysSoWithoutActionsOrSetupLink()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.NotConfigured));

        cut.Find(TestId("tv-not-configured")).TextContent.ShouldBe("TeamViewer is not set up.");
        cut.FindAll(TestId("tv-setup-link")).ShouldBeEmpty();
        cut.FindAll(TestId("tv-play")).ShouldBeEmpty();
    }

    [Fact]
    public void NotConfigured_Admin_LinksToTheSetupPage()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.NotConfigured), isAdmin: true);

        cut.Find(TestId("tv-setup-link")).GetAttribute("href").ShouldBe("settings/integrations/teamviewer");
    }

    [Fact]
    public async Task Ready_PlayClicked_AsksToPlay()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Ready));

        await cut.Find(TestId("tv-play")).ClickAsync(new());

        _actions.ShouldBe(["play"]);
        cut.FindAll(TestId("tv-stop")).ShouldBeEmpty();
    }

    [Fact]
    public void Ready_ClosedTicket_DisablesPlay()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Ready) with { TicketClosed = true });

        cut.Find(TestId("tv-play")).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public void Ready_Busy_DisablesPlay()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Ready), busy: true);

        cut.Find(TestId("tv-play")).IsDisabled().ShouldBeTrue();
        // Readable: said beside the disabled button, not inside it (grey on grey).
        cut.Find(TestId("tv-play")).TextContent.ShouldNotContain("Creating");
        cut.Find(TestId("tv-play-progress")).TextContent.ShouldContain("Creating the case…");
    }

    [Fact]
    public void Ready_NotBusy_ShowsNoProgress()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Ready));

        cut.FindAll(TestId("tv-play-progress")).ShouldBeEmpty();
    }

    [Fact]
    public void Ready_AfterAnEndedCase_ShowsTheLastCaseWithItsEndInTheViewersZone()
    {
        var last = Case(ServiceCaseState.Closed) with { EndedAt = Created.AddMinutes(42) };

        var cut = RenderView(Model(TeamViewerWidgetState.Ready) with { Last = last });

        var text = cut.Find(TestId("tv-last-case")).TextContent;
        text.ShouldContain("s123-456-789");
        text.ShouldContain("ended");
        text.ShouldContain("1 Jul 2026, 14:42"); // 12:42 UTC in Berlin summer time
        text.ShouldContain("after 42 min 00 s");
    }

    [Fact]
    public void Ready_AfterAnExpiredCase_SaysItExpired()
    {
        var last = Case(ServiceCaseState.Expired) with { EndedAt = Created.AddHours(24) };

        var cut = RenderView(Model(TeamViewerWidgetState.Ready) with { Last = last });

        cut.Find(TestId("tv-last-case")).TextContent.ShouldContain("expired");
    }

    [Fact]
    public void Creating_ShowsProgressAndNoPlay()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Creating) with { Current = Case(ServiceCaseState.Pending) with { SessionCode = null } });

        cut.Find(TestId("tv-creating")).TextContent.ShouldContain("Creating the TeamViewer service case");
        cut.FindAll(TestId("tv-play")).ShouldBeEmpty();
    }

    [Fact]
    public void Creating_OffersNoTryAgainOrCancelWhileTheCreateMayStillBeAnswered()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Creating) with { Current = Case(ServiceCaseState.Pending) with { SessionCode = null } });

        cut.FindAll(TestId("tv-retry")).ShouldBeEmpty();
        cut.FindAll(TestId("tv-cancel")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("tv-retry", "play")]
    [InlineData("tv-cancel", "cancel")]
    public async Task Unconfirmed_ExplainsAndOffersTryAgainAndCancel(string button, string action)
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Unconfirmed) with { Current = Case(ServiceCaseState.Pending) with { SessionCode = null } });

        cut.Find(TestId("tv-unconfirmed")).TextContent.ShouldContain("did not confirm whether it created the case");
        await cut.Find(TestId(button)).ClickAsync(new());

        _actions.ShouldBe([action]);
    }

    [Fact]
    public void Unconfirmed_Supervisor_SeesNoActions()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Unconfirmed) with { CanOperate = false });

        cut.FindAll(TestId("tv-unconfirmed")).ShouldHaveSingleItem();
        cut.FindAll(TestId("tv-retry")).ShouldBeEmpty();
        cut.FindAll(TestId("tv-cancel")).ShouldBeEmpty();
    }

    [Fact]
    public void Unconfirmed_Busy_DisablesBoth()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Unconfirmed), busy: true);

        cut.Find(TestId("tv-retry")).IsDisabled().ShouldBeTrue();
        cut.Find(TestId("tv-cancel")).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public void Active_ShowsCodeValidUntilLinksAndWaitingCustomer()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });

        cut.Find(TestId("tv-session-code")).TextContent.ShouldBe("s123-456-789");
        cut.Find(TestId("tv-valid-until")).TextContent.ShouldBe("2 Jul 2026, 14:00");
        cut.Find(TestId("tv-supporter-link")).GetAttribute("href").ShouldBe("https://get.teamviewer.com/v15/s123456789-AbCdEfGhIjKl");
        cut.Find(TestId("tv-customer-link")).GetAttribute("href").ShouldBe("https://get.teamviewer.com/v15/s123456789");
        cut.Find(TestId("tv-customer-link")).GetAttribute("target").ShouldBe("_blank");
        cut.Find(TestId("tv-online")).GetAttribute("data-online").ShouldBe("false");
        cut.Find(TestId("tv-online")).TextContent.ShouldContain("Waiting for the customer");
        cut.FindAll(TestId("tv-play")).ShouldBeEmpty();
    }

    [Fact]
    public void Active_CustomerOnline_ShowsOnline()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) with { CustomerOnline = true } });

        cut.Find(TestId("tv-online")).GetAttribute("data-online").ShouldBe("true");
        cut.Find(TestId("tv-online")).TextContent.ShouldContain("Customer online");
    }

    [Fact]
    public void Active_CustomerCameAndLeft_SaysTheyLeftNotWaiting()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) with { CustomerLeft = true } });

        cut.Find(TestId("tv-online")).GetAttribute("data-online").ShouldBe("false");
        cut.Find(TestId("tv-online")).TextContent.ShouldContain("Customer left");
        cut.Find(TestId("tv-online")).TextContent.ShouldNotContain("Waiting");
    }

    [Fact]
    public async Task Active_StopClicked_OpensTheWrapUpWithoutStopping()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });

        await cut.Find(TestId("tv-stop")).ClickAsync(new());

        _actions.ShouldBeEmpty();
        cut.Find(TestId("tv-wrapup-text")).GetAttribute("value").ShouldBeNullOrEmpty();
        cut.FindAll(TestId("tv-stop")).ShouldBeEmpty();
        cut.Find(TestId("tv-wrapup-stop")).TextContent.Trim().ShouldBe("Stop session");
    }

    [Fact]
    public async Task Active_StopSessionWithNothingFilledIn_IsThePlainStop()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });
        await cut.Find(TestId("tv-stop")).ClickAsync(new());

        await cut.Find(TestId("tv-wrapup-stop")).ClickAsync(new());

        _actions.ShouldBe(["stop [] resolve=False"]);
    }

    [Fact]
    public async Task Active_StopSessionWithWrapUp_PassesTheTextAndResolve()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });
        await cut.Find(TestId("tv-stop")).ClickAsync(new());

        await cut.Find(TestId("tv-wrapup-text")).InputAsync(new ChangeEventArgs { Value = "Cleared the print queue." });
        await cut.Find($"{TestId("tv-wrapup-resolve")} input, input{TestId("tv-wrapup-resolve")}").ChangeAsync(new ChangeEventArgs { Value = true });
        await cut.Find(TestId("tv-wrapup-stop")).ClickAsync(new());

        _actions.ShouldBe(["stop [Cleared the print queue.] resolve=True"]);
    }

    [Fact]
    public async Task Active_WrapUpBack_ShowsStopAgainWithoutStopping()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });
        await cut.Find(TestId("tv-stop")).ClickAsync(new());

        await cut.Find(TestId("tv-wrapup-back")).ClickAsync(new());

        _actions.ShouldBeEmpty();
        cut.FindAll(TestId("tv-wrapup")).ShouldBeEmpty();
        cut.Find(TestId("tv-stop")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Active_WrapUpTooLong_SaysHowLongItIs()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });
        await cut.Find(TestId("tv-stop")).ClickAsync(new());

        await cut.Find(TestId("tv-wrapup-text")).InputAsync(new ChangeEventArgs { Value = new string('x', StopWrapUp.MaxLength + 1) });

        cut.Find(TestId("tv-wrapup")).TextContent.ShouldContain("4,001 of at most 4,000 characters");
    }

    [Fact]
    public async Task Active_CaseEndsElsewhereWhileWrappingUp_TheWrapUpGoes()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });
        await cut.Find(TestId("tv-stop")).ClickAsync(new());

        cut.Render(p => p.Add(c => c.Model, Model(TeamViewerWidgetState.Ready)));
        cut.Render(p => p.Add(c => c.Model, Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) }));

        cut.FindAll(TestId("tv-wrapup")).ShouldBeEmpty();
        cut.Find(TestId("tv-stop")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Active_CopyCustomerLink_PassesTheLink()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) });

        await cut.Find("[aria-label='Copy customer link']").ClickAsync(new());

        _actions.ShouldBe(["copy https://get.teamviewer.com/v15/s123456789"]);
    }

    [Fact]
    public void Active_Supervisor_SeesTheCaseButNoStop()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active), CanOperate = false });

        cut.Find(TestId("tv-session-code")).TextContent.ShouldBe("s123-456-789");
        cut.FindAll(TestId("tv-stop")).ShouldBeEmpty();
    }

    [Fact]
    public void Ready_Supervisor_SeesNoPlay()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Ready) with { CanOperate = false });

        cut.FindAll(TestId("tv-play")).ShouldBeEmpty();
    }

    [Fact]
    public void Error_WithoutLocalClose_ShowsTheMessageOnly()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Ready), error: "TeamViewer's limit on API calls was reached.");

        cut.Find(TestId("tv-error")).TextContent.ShouldContain("TeamViewer's limit on API calls was reached.");
        cut.FindAll(TestId("tv-close-locally")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Error_TokenRevoked_OffersCloseInBossRemoteOnly()
    {
        var cut = RenderView(Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) },
            error: ServiceCaseMessages.Revoked, canCloseLocally: true);

        cut.Find(TestId("tv-error")).TextContent.ShouldContain("TeamViewer access was revoked");
        await cut.Find(TestId("tv-close-locally")).ClickAsync(new());

        _actions.ShouldBe(["close-locally"]);
    }

    [Fact]
    public void Active_EmailStatusSupplied_IsShown()
    {
        RenderFragment status = builder => builder.AddMarkupContent(0, "<span data-testid='tv-email-status'>Sent</span>");

        var cut = Render<TeamViewerWidgetView>(p => p
            .Add(c => c.Model, Model(TeamViewerWidgetState.Active) with { Current = Case(ServiceCaseState.Active) })
            .Add(c => c.EmailStatus, status));

        cut.Find(TestId("tv-email-status")).TextContent.ShouldBe("Sent");
    }

    private static TeamViewerWidgetModel Model(TeamViewerWidgetState state) => new(state, null, null, CanOperate: true, TicketClosed: false);

    private static ServiceCaseView Case(ServiceCaseState state) => new(
        7, 3, state, "s123-456-789", "https://get.teamviewer.com/v15/s123456789-AbCdEfGhIjKl", null,
        "https://get.teamviewer.com/v15/s123456789", "Taylor Reed", Created, Created.AddHours(24), null, null, false, false, null);

    private IRenderedComponent<TeamViewerWidgetView> RenderView(
        TeamViewerWidgetModel model, bool isAdmin = false, bool busy = false, string? error = null, bool canCloseLocally = false) =>
        Render<TeamViewerWidgetView>(p => p
            .Add(c => c.Model, model)
            .Add(c => c.IsAdmin, isAdmin)
            .Add(c => c.Busy, busy)
            .Add(c => c.Error, error)
            .Add(c => c.CanCloseLocally, canCloseLocally)
            .Add(c => c.OnPlay, () => _actions.Add("play"))
            .Add(c => c.OnStop, (StopWrapUp wrapUp) => _actions.Add($"stop [{wrapUp.Text}] resolve={wrapUp.ResolveTicket}"))
            .Add(c => c.OnCloseLocally, () => _actions.Add("close-locally"))
            .Add(c => c.OnCancel, () => _actions.Add("cancel"))
            .Add(c => c.OnCopy, (string? text) => _actions.Add($"copy {text}")));
}
