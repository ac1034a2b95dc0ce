using System.Text;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Identity;
using BossRemote.Core.Reports;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Tests.Core.Email;
using BossRemote.Tests.TestSupport;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using NSubstitute;

namespace BossRemote.Tests.Core.Reports.Scheduled;

/// <summary>The recurring job from due subscription to delivered message: over SMTP on loopback, and into the outbox.</summary>
public abstract class ScheduledReportJobTests(TestDatabase database) : EmailTestBase(database)
{
    // The test clock starts on Tuesday 10 March 2026; the next Monday 07:00 UTC is 16 March.
    private static readonly DateTimeOffset MondaySeven = new(2026, 3, 16, 7, 0, 0, TimeSpan.Zero);

    private ScheduledReportJob Job => new(Database.Factory, new SessionSummaryService(Database.Factory, Access), new LiquidTemplateEngine(),
        Branding, EmailQueue, Clock, NullLogger<ScheduledReportJob>.Instance);

    private ReportSubscriptionService Subscriptions => new(Database.Factory, Access, new TechnicianDirectory(Database.Factory), Audit, Clock);

    [Fact]
    public async Task RunAsync_WeeklyDue_QueuesTheReportWithTheTableInTheBodyAndTheCsvAttached()
    {
        await ArrangeWeekAsync();
        await SubscribeAsync(ReportFrequency.Weekly, "UTC");
        Clock.SetUtcNow(MondaySeven);

        var queued = await Job.RunAsync();

        queued.ShouldBe(1);
        var delivery = (await DeliveriesAsync()).ShouldHaveSingleItem();
        delivery.ShouldSatisfyAllConditions(
            d => d.Kind.ShouldBe(EmailKind.ScheduledReport),
            d => d.RecipientEmail.ShouldBe(Database.Supervisor.Email),
            d => d.Subject.ShouldBe("TeamViewer Session Summary: Mon 9 Mar 2026 – Sun 15 Mar 2026"),
            d => d.HtmlBody.ShouldContain("<td>Taylor Reed</td><td align=\"right\">2</td><td align=\"right\">30 min 00 s</td>"),
            d => d.AttachmentName.ShouldBe("teamviewer-sessions-2026-03-09-to-2026-03-15.csv"),
            d => Encoding.UTF8.GetString(d.AttachmentContent!).ShouldContain("Technician,Taylor Reed,2,30 min 00 s,15 min 00 s,1800,900"));
        Jobs.Received(1).Create(Arg.Is<Job>(j => j.Type == typeof(EmailDeliveryJob) && (long)j.Args[0]! == delivery.Id), Arg.Any<EnqueuedState>());
        await using var db = Database.CreateDbContext();
        var run = await db.ReportSubscriptionRuns.SingleAsync();
        (run.PeriodFrom, run.PeriodTo, run.EmailDeliveryId).ShouldBe((new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15), delivery.Id));
    }

    [Fact]
    public async Task RunAsync_AgainAfterARestartOrAnHourLater_QueuesThePeriodOnlyOnce()
    {
        await SubscribeAsync(ReportFrequency.Weekly, "UTC");
        Clock.SetUtcNow(MondaySeven);
        await Job.RunAsync();

        var again = await Job.RunAsync();
        Clock.Advance(TimeSpan.FromHours(1));
        var later = await Job.RunAsync();

        (again, later).ShouldBe((0, 0));
        (await DeliveriesAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_NextWeek_QueuesTheNextPeriod()
    {
        await SubscribeAsync(ReportFrequency.Weekly, "UTC");
        Clock.SetUtcNow(MondaySeven);
        await Job.RunAsync();
        Clock.Advance(TimeSpan.FromDays(7));

        var queued = await Job.RunAsync();

        queued.ShouldBe(1);
        (await DeliveriesAsync()).Select(d => d.AttachmentName).ShouldBe(
            ["teamviewer-sessions-2026-03-09-to-2026-03-15.csv", "teamviewer-sessions-2026-03-16-to-2026-03-22.csv"]);
    }

    [Fact]
    public async Task RunAsync_BeforeSevenInTheSubscribersZone_QueuesNothing()
    {
        await SubscribeAsync(ReportFrequency.Weekly, "Europe/Berlin");
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 16, 5, 59, 0, TimeSpan.Zero)); // 06:59 in Berlin

        var early = await Job.RunAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        var onTime = await Job.RunAsync();

        (early, onTime).ShouldBe((0, 1));
    }

    [Fact]
    public async Task RunAsync_SubscribedAfterThePeriodFellDue_WaitsForTheNextOne()
    {
        await SubscribeAsync(ReportFrequency.Weekly, "UTC"); // Tuesday: last Monday's report was due before this

        var queued = await Job.RunAsync();

        queued.ShouldBe(0);
        (await DeliveriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_OwnerMayNotSeeReports_QueuesNothing()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.ReportSubscriptions.Add(ReportSubscription.Create(Database.Technician.Id, ReportFrequency.Weekly, "UTC", [], Now));
            await db.SaveChangesAsync();
        }

        Clock.SetUtcNow(MondaySeven);

        (await Job.RunAsync()).ShouldBe(0);
        (await DeliveriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task QueueWithAsync_SamePeriodStoredMeanwhile_StoresNothingTheSecondTime()
    {
        await SubscribeAsync(ReportFrequency.Weekly, "UTC");
        long subscriptionId;
        await using (var db = Database.CreateDbContext())
        {
            subscriptionId = (await db.ReportSubscriptions.SingleAsync()).Id;
        }

        // As two instances would: each checked that the period was not queued, then both try to store it.
        var first = await EmailQueue.QueueWithAsync(Delivery("scheduled-report:x"), (db, d) => db.ReportSubscriptionRuns.Add(Run(subscriptionId, d)));
        var second = await EmailQueue.QueueWithAsync(Delivery("scheduled-report:x"), (db, d) => db.ReportSubscriptionRuns.Add(Run(subscriptionId, d)));

        (first, second).ShouldBe((true, false));
        (await DeliveriesAsync()).Count.ShouldBe(1);
        Jobs.Received(1).Create(Arg.Is<Job>(j => j.Type == typeof(EmailDeliveryJob)), Arg.Any<EnqueuedState>());
    }

    [Fact]
    public async Task Delivery_SmtpDownThenBack_SendsOneMessageWithTheSameCsv()
    {
        var delivery = await QueuedWeeklyReportAsync();
        Smtp.Refuse = true;

        var refused = await Attempt.RunAsync(delivery.Id);
        Smtp.Refuse = false;
        Clock.Advance(TimeSpan.FromSeconds(30));
        var sent = await Attempt.RunAsync(delivery.Id);

        (refused, sent).ShouldBe((EmailDeliveryStatus.Retrying, EmailDeliveryStatus.Sent));
        var message = (await Smtp.WaitForMessagesAsync(1)).ShouldHaveSingleItem();
        message.To.Mailboxes.Single().Address.ShouldBe(Database.Supervisor.Email);
        message.HtmlBody!.ShouldContain("Taylor Reed");
        var csv = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        csv.FileName.ShouldBe("teamviewer-sessions-2026-03-09-to-2026-03-15.csv");
        Content(csv).ShouldBe(delivery.AttachmentContent);
    }

    [Fact]
    public async Task Delivery_NoSmtpServer_WritesTheReportWithItsCsvToTheOutbox()
    {
        var delivery = await QueuedWeeklyReportAsync();
        var outbox = new OutboxEmailTransport(DataDirectory, Clock);
        var attempt = new EmailDeliveryAttempt(Database.Factory, outbox, Branding, Jobs, EmailOptionsMonitor, Clock, NullLogger<EmailDeliveryAttempt>.Instance);

        (await attempt.RunAsync(delivery.Id)).ShouldBe(EmailDeliveryStatus.Sent);

        var file = Directory.GetFiles(outbox.Folder, "*.eml").ShouldHaveSingleItem();
        var message = await MimeMessage.LoadAsync(file);
        message.Subject.ShouldBe(delivery.Subject);
        message.HtmlBody!.ShouldContain("<td>Taylor Reed</td>");
        var csv = Encoding.UTF8.GetString(Content(message.Attachments.OfType<MimePart>().Single()));
        csv.ShouldContain("Summary,All sessions,2,30 min 00 s");
    }

    /// <summary>Two closed sessions of Taylor Reed (10 and 20 minutes) in the week of 9–15 March, one the week after.</summary>
    private async Task ArrangeWeekAsync()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1001).WithCategory(Database.CategoryId("Support")).Build());
        var ticket = (await Database.LoadTicketAsync(1001)).Id;
        await Database.AddCasesAsync(
            new ServiceCaseBuilder(ticket, Database.Technician).Closed(new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(10)),
            new ServiceCaseBuilder(ticket, Database.Technician).Closed(new DateTime(2026, 3, 15, 23, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(20)),
            new ServiceCaseBuilder(ticket, Database.Technician).Closed(new DateTime(2026, 3, 16, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(40)));
    }

    /// <summary>The week of <see cref="ArrangeWeekAsync"/>, subscribed weekly in UTC and queued by the job on Monday at 07:00.</summary>
    private async Task<EmailDelivery> QueuedWeeklyReportAsync()
    {
        await ArrangeWeekAsync();
        await SubscribeAsync(ReportFrequency.Weekly, "UTC");
        Clock.SetUtcNow(MondaySeven);
        await Job.RunAsync();
        return (await DeliveriesAsync()).Single();
    }

    private async Task SubscribeAsync(ReportFrequency frequency, string zone) =>
        (await Subscriptions.SubscribeAsync(Supervisor(), frequency, zone, [])).Succeeded.ShouldBeTrue();

    private async Task<List<EmailDelivery>> DeliveriesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.EmailDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    private static EmailDelivery Delivery(string key) => new()
    {
        Key = key, Kind = EmailKind.ScheduledReport, RecipientEmail = "sam@example.com", RecipientName = "Sam", Subject = "Report", HtmlBody = "<p>Report</p>",
    };

    private ReportSubscriptionRun Run(long subscriptionId, EmailDelivery delivery) => new()
    {
        SubscriptionId = subscriptionId, PeriodFrom = new DateOnly(2026, 3, 2), PeriodTo = new DateOnly(2026, 3, 8), Delivery = delivery, CreatedAt = Now,
    };

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ScheduledReportJobTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ScheduledReportJobTests(database), IClassFixture<PostgresTestDatabase>;
}
