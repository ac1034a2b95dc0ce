using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Shared;
using BossRemote.Web.TimeZones;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Web.Components.Shared;

/// <summary>Times follow the viewer's zone, also when the browser tells it after the page has shown (ViewerZoneComponent).</summary>
public sealed class LocalTimeTests : BunitTestBase
{
    // 10 March 2026, 14:05 UTC: 15:05 in Berlin.
    private static readonly DateTime At = new(2026, 3, 10, 14, 5, 0, DateTimeKind.Utc);
    private readonly ViewerTimeZone _zone = new();

    public LocalTimeTests() => Services.AddSingleton(_zone);

    [Fact]
    public void Render_ZoneToldAfterTheFirstRender_ShowsTheTimeInThatZone()
    {
        var cut = Render<LocalTime>(p => p.Add(c => c.Value, At));
        cut.Find("time").TextContent.ShouldBe("10 Mar 2026, 14:05");

        _zone.TrySet("Europe/Berlin");

        cut.WaitForAssertion(() => cut.Find("time").TextContent.ShouldBe("10 Mar 2026, 15:05"));
    }

    [Fact]
    public void Dispose_ThenZoneTold_RendersNothingMore()
    {
        var cut = Render<LocalTime>(p => p.Add(c => c.Value, At));
        var renders = cut.RenderCount;

        cut.Instance.Dispose();
        _zone.TrySet("Europe/Berlin");

        cut.RenderCount.ShouldBe(renders);
    }
}
