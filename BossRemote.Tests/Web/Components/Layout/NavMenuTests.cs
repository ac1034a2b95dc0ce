using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Web.Components.Layout;

/// <summary>The main menu: what each role sees, and which entry is the current page.</summary>
public sealed class NavMenuTests : BunitTestBase
{
    public NavMenuTests() => Services.AddSingleton(TestAuthorization.CreateUserAccess());

    [Fact]
    public void Render_Technician_TicketsAndTheirOwnPagesButNoReportsOrSettings()
    {
        var cut = RenderMenu(PrincipalBuilder.Technician().Build());

        Links(cut).ShouldBe(["tickets", "tickets?view=mine", "tickets?view=unassigned", "tickets/new", "account/notifications", "account/two-factor"]);
    }

    [Fact]
    public void Render_Admin_SettingsToo()
    {
        var cut = RenderMenu(PrincipalBuilder.Admin().Build());

        Links(cut).ShouldContain("settings");
    }

    [Fact]
    public void Render_Supervisor_Reports()
    {
        var cut = RenderMenu(PrincipalBuilder.Supervisor().Build());

        Links(cut).ShouldContain("reports");
        Links(cut).ShouldNotContain("settings");
    }

    [Theory]
    [InlineData("tickets", "tickets")]
    [InlineData("tickets?view=all&sort=subject", "tickets")]
    [InlineData("tickets?view=mine&page=2", "tickets?view=mine")]
    [InlineData("reports/sessions?from=2026-01-01", "reports")]
    [InlineData("settings/email/integrations", "settings")]
    [InlineData("tickets/new", "tickets/new")]
    public void Render_CurrentPage_OnlyItsEntryIsActive(string address, string active)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);

        var cut = RenderMenu(PrincipalBuilder.Admin().Build());

        cut.FindAll("a.active").Select(a => a.GetAttribute("href")).ShouldBe([active]);
        cut.Find("a.active").GetAttribute("aria-current").ShouldBe("page");
    }

    [Fact]
    public void Navigate_ElsewhereAfterRender_ActiveEntryFollows()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("tickets");
        var cut = RenderMenu(PrincipalBuilder.Admin().Build());

        navigation.NavigateTo("tickets?view=unassigned");

        cut.WaitForAssertion(() => cut.Find("a.active").GetAttribute("href").ShouldBe("tickets?view=unassigned"));
    }

    private IRenderedComponent<NavMenu> RenderMenu(ClaimsPrincipal user) =>
        Render<NavMenu>(p => p.AddCascadingValue(Task.FromResult(new AuthenticationState(user))));

    private static List<string?> Links(IRenderedComponent<NavMenu> cut) => [.. cut.FindAll("a").Select(a => a.GetAttribute("href"))];
}
