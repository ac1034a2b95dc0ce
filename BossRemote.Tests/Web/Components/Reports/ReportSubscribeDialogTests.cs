using AngleSharp.Dom;
using BossRemote.Core.Common;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Reports.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Reports;

public class ReportSubscribeDialogTests : BunitTestBase
{
    private readonly List<ReportFrequency> _asked = [];

    [Fact]
    public async Task Render_ShowsTheTechniciansAndZoneItWillUse()
    {
        var (provider, _) = await ShowAsync(_ => OperationResult.Success);

        provider.Find(TestId("report-subscribe-technicians")).TextContent.ShouldBe("Taylor Reed, Maria Garcia");
        provider.Find(TestId("report-subscribe-zone")).TextContent.ShouldBe("Europe/Berlin");
    }

    [Fact]
    public async Task Confirm_MonthlyChosen_SubscribesMonthlyAndCloses()
    {
        var (provider, dialog) = await ShowAsync(_ => OperationResult.Success);
        await provider.Find(TestId("report-subscribe-monthly")).ClickAsync(new());

        await provider.Find(TestId("report-subscribe-confirm")).ClickAsync(new());

        _asked.ShouldBe([ReportFrequency.Monthly]);
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(3));
        result!.Canceled.ShouldBeFalse();
        provider.FindAll(TestId("report-subscribe-dialog")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Confirm_ServerRefuses_StaysOpenWithTheReason()
    {
        var (provider, dialog) = await ShowAsync(_ => OperationResult.Fail("You already receive this report."));

        await provider.Find(TestId("report-subscribe-confirm")).ClickAsync(new());

        _asked.ShouldBe([ReportFrequency.Weekly]);
        provider.Find(TestId("report-subscribe-error")).TextContent.ShouldBe("You already receive this report.");
        dialog.Result.IsCompleted.ShouldBeFalse();
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(Func<ReportFrequency, OperationResult> subscribe)
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<ReportSubscribeDialog>
        {
            { d => d.Technicians, "Taylor Reed, Maria Garcia" },
            { d => d.TimeZoneId, "Europe/Berlin" },
            { d => d.Subscribe, frequency => { _asked.Add(frequency); return Task.FromResult(subscribe(frequency)); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<ReportSubscribeDialog>("Subscribe by e-mail", parameters));
        return (provider, dialog!);
    }
}
