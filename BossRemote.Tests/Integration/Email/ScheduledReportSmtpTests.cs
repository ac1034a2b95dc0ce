using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.Email;

/// <summary>
/// The whole app with a real SMTP server on loopback: the recurring job is registered, a due subscription becomes one
/// message with the table in the body and the CSV attached, sent through an SMTP outage, and never a second time.
/// </summary>
public abstract class ScheduledReportSmtpTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly LoopbackSmtpServer _smtp = new();
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start(_smtp.AppSettings(), provider);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public void Startup_RegistersTheScheduledReportJob()
    {
        using var connection = _app.Services.GetRequiredService<JobStorage>().GetConnection();

        connection.GetRecurringJobs().ShouldContain(j => j.Id == ScheduledReportJob.RecurringJobId && j.Cron == ScheduledReportJob.Cron);
    }

    [Fact]
    public async Task Job_DueSubscriptionWhileSmtpRefuses_DeliversExactlyOneMessageWithTheCsvOnceTheServerIsBack()
    {
        var supervisor = await DemoUserAsync(_app.Services, DemoUsers.SupervisorEmail);
        var subscribed = await WithAsync<ReportSubscriptionService, OperationResult>(_app.Services,
            s => s.SubscribeAsync(supervisor, ReportFrequency.Weekly, "Europe/Berlin", []));
        subscribed.Succeeded.ShouldBeTrue(subscribed.Error);
        var period = ReportSchedule.Latest(ReportFrequency.Weekly, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), DateTime.UtcNow);
        await using (var db = await Factory(_app.Services).CreateDbContextAsync())
        {
            // Subscribed before the last Monday, as if it had stood for a while.
            await db.ReportSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, period.DueUtc.AddDays(-1)));
        }

        _smtp.Refuse = true;

        var queued = await RunJobAsync();
        await EventuallyAsync(() => Task.FromResult(_smtp.Refusals), refusals => refusals > 0);
        _smtp.Refuse = false;
        var message = (await _smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30))).ShouldHaveSingleItem();
        var again = await RunJobAsync();
        await Task.Delay(2500); // any duplicate would arrive within a retry delay

        (queued, again).ShouldBe((1, 0));
        _smtp.Messages.Count.ShouldBe(1);
        message.To.Mailboxes.Single().Address.ShouldBe(DemoUsers.SupervisorEmail);
        message.Subject.ShouldBe($"TeamViewer Session Summary: {ScheduledReportEmail.PeriodText(period.Days)}");
        message.HtmlBody!.ShouldContain("<th align=\"left\">Technician</th>");
        var csv = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        csv.FileName.ShouldBe($"teamviewer-sessions-{period.Days.From:yyyy-MM-dd}-to-{period.Days.To:yyyy-MM-dd}.csv");
        csv.ContentType.MimeType.ShouldBe("text/csv");
    }

    private async Task<int> RunJobAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledReportJob>().RunAsync();
    }

    public sealed class OnSqlite() : ScheduledReportSmtpTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ScheduledReportSmtpTests(DatabaseProvider.Postgres);
}
