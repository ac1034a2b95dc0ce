using BossRemote.Core.ServiceCases;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Settings.Components;
using BossRemote.Web.TimeZones;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Web.Components.Settings;

public class RevokePanelTests : BunitTestBase
{
    public RevokePanelTests()
    {
        var zone = new ViewerTimeZone();
        zone.TrySet("Europe/Berlin");
        Services.AddSingleton(zone);
    }

    [Theory]
    [InlineData(1, "1 service case is active:")]
    [InlineData(3, "3 service cases are active:")]
    public async Task Open_WithActiveCases_CountsThemInEnglish(int count, string expected)
    {
        var cases = Enumerable.Range(1, count)
            .Select(i => new ActiveCaseSummary(i, 1000 + i, $"Subject {i}", $"s12-345-67{i}", "Taylor Reed", DateTime.UtcNow, DateTime.UtcNow.AddHours(24)))
            .ToList();
        var cut = Render<RevokePanel>(p => p.Add(c => c.ActiveCases, cases));

        await cut.Find(TestId("tv-revoke")).ClickAsync(new());

        cut.Find(TestId("tv-active-count")).TextContent.Trim().ShouldBe(expected);
        cut.FindAll($"{TestId("tv-active-cases")} tbody tr").Count.ShouldBe(count);
    }
}
