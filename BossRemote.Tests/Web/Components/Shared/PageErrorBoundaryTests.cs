using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BossRemote.Tests.Web.Components.Shared;

public class PageErrorBoundaryTests : BunitTestBase
{
    private readonly RecordingLoggerProvider _logs = new();

    public PageErrorBoundaryTests() => Services.AddSingleton<ILoggerFactory>(new LoggerFactory([_logs]));

    [Fact]
    public void Click_HandlerThrows_ShowsTheMessageWithAWayBack()
    {
        var cut = RenderBoundary();

        cut.Find(TestId("throwing-button")).Click();

        cut.Find(TestId("page-error")).TextContent.ShouldContain("Something went wrong on this page");
        cut.Find(TestId("page-error-back")).GetAttribute("href").ShouldBe("tickets");
        cut.Find(TestId("page-error-reload")).GetAttribute("href").ShouldBe(Services.GetRequiredService<NavigationManager>().Uri);
        cut.FindAll(TestId("throwing-button")).ShouldBeEmpty();
    }

    [Fact]
    public void Click_HandlerThrows_LogsTheExceptionWithTheReferenceShown()
    {
        var cut = RenderBoundary();

        cut.Find(TestId("throwing-button")).Click();

        var reference = cut.Find(TestId("page-error-reference")).TextContent;
        var entry = _logs.Entries.Where(e => e.Level >= LogLevel.Warning).ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Error);
        entry.Exception!.Message.ShouldBe(ThrowingButton.Failure);
        entry.Message.ShouldContain(reference);
    }

    [Fact]
    public void Navigate_AfterAnError_RendersThePageAgain()
    {
        var cut = RenderBoundary();
        cut.Find(TestId("throwing-button")).Click();

        Services.GetRequiredService<NavigationManager>().NavigateTo("tickets");

        cut.WaitForAssertion(() => cut.FindAll(TestId("page-error")).ShouldBeEmpty());
        cut.Find(TestId("throwing-button")).ShouldNotBeNull();
    }

    [Fact]
    public void Render_NoWayBackGiven_OffersOnlyTheReload()
    {
        var cut = RenderBoundary(backHref: null);

        cut.Find(TestId("throwing-button")).Click();

        cut.FindAll(TestId("page-error-back")).ShouldBeEmpty();
        cut.Find(TestId("page-error-reload")).ShouldNotBeNull();
    }

    private IRenderedComponent<PageErrorBoundary> RenderBoundary(string? backHref = "tickets") =>
        Render<PageErrorBoundary>(parameters => parameters
            .Add(p => p.BackHref, backHref)
            .AddChildContent<ThrowingButton>());
}
