using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Tests.TestSupport;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.Email;

public abstract class EmailDeliveryTests(TestDatabase database) : EmailTestBase(database)
{
    [Fact]
    public async Task QueueAsync_ActiveCase_StoresOneQueuedInvitationAndEnqueuesItsJob()
    {
        var (caseId, delivery) = await StartCaseWithInvitationAsync();

        delivery.Status.ShouldBe(EmailDeliveryStatus.Queued);
        delivery.RecipientEmail.ShouldBe("emma.johnson@northwind.example");
        delivery.Key.ShouldBe($"invitation:{caseId}:emma.johnson@northwind.example");
        Jobs.Received(1).Create(Arg.Is<Job>(j => j.Type == typeof(EmailDeliveryJob) && (long)j.Args[0]! == delivery.Id), Arg.Any<EnqueuedState>());
    }

    [Fact]
    public async Task QueueAsync_CalledTwiceForOneCase_KeepsOneDelivery()
    {
        var (caseId, _) = await StartCaseWithInvitationAsync();

        await CustomerInvitations.QueueAsync(caseId);

        await using var db = Database.CreateDbContext();
        (await db.EmailDeliveries.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ServerAccepts_DeliversTheInvitationWithRecipientSubjectAndLink()
    {
        var (caseId, delivery) = await StartCaseWithInvitationAsync();

        var status = await Attempt.RunAsync(delivery.Id);

        status.ShouldBe(EmailDeliveryStatus.Sent);
        var message = (await Smtp.WaitForMessagesAsync(1)).ShouldHaveSingleItem();
        message.To.Mailboxes.Single().Address.ShouldBe("emma.johnson@northwind.example");
        message.From.Mailboxes.Single().Address.ShouldBe("helpdesk@northwind.example");
        message.Subject.ShouldBe("BossRemote Help Desk: remote support for ticket #1042");
        var code = (await CasesAsync()).Single(c => c.Id == caseId).SessionCode!;
        message.HtmlBody!.ShouldContain($"https://get.teamviewer.com/v15/{code.Replace("-", "")}");
        message.TextBody!.ShouldContain($"https://get.teamviewer.com/v15/{code.Replace("-", "")}");
        message.MessageId.ShouldBe(delivery.MessageId);
    }

    [Fact]
    public async Task RunAsync_ServerRefuses_RecordsTheReasonAndSchedulesARetry()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();
        Smtp.Refuse = true;

        var status = await Attempt.RunAsync(delivery.Id);

        status.ShouldBe(EmailDeliveryStatus.Retrying);
        var stored = await LoadAsync(delivery.Id);
        stored.Attempts.ShouldBe(1);
        stored.LastError!.ShouldStartWith("The mail server refused the message:");
        stored.LastError.ShouldContain("451");
        stored.NextAttemptAt.ShouldBe(Now.AddSeconds(30));
        Jobs.Received(1).Create(Arg.Is<Job>(j => j.Type == typeof(EmailDeliveryJob)),
            Arg.Is<IState>(s => s is ScheduledState && ((ScheduledState)s).EnqueueAt == Now.AddSeconds(30)));
        Smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_RefusedThenAccepted_DeliversExactlyOneMessage()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();
        Smtp.Refuse = true;
        await Attempt.RunAsync(delivery.Id);
        Smtp.Refuse = false;
        Clock.Advance(TimeSpan.FromSeconds(30));

        var status = await Attempt.RunAsync(delivery.Id);
        var again = await Attempt.RunAsync(delivery.Id);

        status.ShouldBe(EmailDeliveryStatus.Sent);
        again.ShouldBeNull();
        (await Smtp.WaitForMessagesAsync(1)).Count.ShouldBe(1);
        await Task.Delay(300);
        Smtp.Messages.Count.ShouldBe(1);
        (await LoadAsync(delivery.Id)).Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_ServerRefusesForGood_IsFailedAtOnceWithoutARetry()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();
        Smtp.RefusePermanently = true;

        var status = await Attempt.RunAsync(delivery.Id);

        status.ShouldBe(EmailDeliveryStatus.Failed);
        var stored = await LoadAsync(delivery.Id);
        stored.Attempts.ShouldBe(1);
        stored.NextAttemptAt.ShouldBeNull();
        stored.LastError!.ShouldContain("SMTP 554");
        Jobs.DidNotReceive().Create(Arg.Is<Job>(j => j.Type == typeof(EmailDeliveryJob)), Arg.Any<ScheduledState>());
    }

    [Fact]
    public async Task RunAsync_AddressMailCannotGoTo_IsFailedAtOnceWithoutTalkingToTheServer()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();
        await using (var db = Database.CreateDbContext())
        {
            await db.EmailDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.RecipientEmail, "a b@example.com"));
        }

        var status = await Attempt.RunAsync(delivery.Id);

        status.ShouldBe(EmailDeliveryStatus.Failed);
        (await LoadAsync(delivery.Id)).LastError.ShouldBe("a b@example.com is not an address mail can be sent to.");
        Smtp.Messages.ShouldBeEmpty();
        Smtp.Refusals.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_EveryAttemptRefused_MarksItFailedAfterTheLast()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();
        Smtp.Refuse = true;

        var statuses = new List<EmailDeliveryStatus?>();
        for (var i = 0; i < EmailOptions.MaxAttempts + 1; i++)
        {
            statuses.Add(await Attempt.RunAsync(delivery.Id));
        }

        statuses.ShouldBe([EmailDeliveryStatus.Retrying, EmailDeliveryStatus.Retrying, EmailDeliveryStatus.Failed, null]);
        (await LoadAsync(delivery.Id)).Attempts.ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_ManyWorkersAtOnce_SendOneMessage()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Attempt.RunAsync(delivery.Id))));

        await Smtp.WaitForMessagesAsync(1);
        await Task.Delay(300);
        Smtp.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ServerUnreachable_SaysSo()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();
        await Smtp.DisposeAsync();

        await Attempt.RunAsync(delivery.Id);

        (await LoadAsync(delivery.Id)).LastError!.ShouldStartWith($"The mail server 127.0.0.1:{Smtp.Port} cannot be reached");
    }

    [Fact]
    public async Task ResendAsync_AfterDelivery_SendsASecondIdenticalMessage()
    {
        var (caseId, delivery) = await StartCaseWithInvitationAsync();
        await Attempt.RunAsync(delivery.Id);

        var result = await CustomerInvitations.ResendAsync(Technician(), caseId);
        await using (var db = Database.CreateDbContext())
        {
            var resent = await db.EmailDeliveries.OrderBy(d => d.Id).LastAsync();
            await Attempt.RunAsync(resent.Id);
        }

        result.Succeeded.ShouldBeTrue();
        var messages = await Smtp.WaitForMessagesAsync(2);
        messages.Count.ShouldBe(2);
        messages[1].Subject.ShouldBe(messages[0].Subject);
        messages[1].HtmlBody.ShouldBe(messages[0].HtmlBody);
        messages[1].To.ToString().ShouldBe(messages[0].To.ToString());
        messages[1].MessageId.ShouldNotBe(messages[0].MessageId);
        (await CustomerInvitations.GetLatestAsync(Technician(), caseId))!.Resends.ShouldBe(1);
    }

    [Fact]
    public async Task GetLatestAsync_AfterARefusal_ShowsTheFailureAndItsReason()
    {
        var (caseId, delivery) = await StartCaseWithInvitationAsync();
        Smtp.Refuse = true;
        await Attempt.RunAsync(delivery.Id);

        var latest = await CustomerInvitations.GetLatestAsync(Technician(), caseId);

        latest!.Status.ShouldBe(EmailDeliveryStatus.Retrying);
        latest.LastError!.ShouldContain("refused");
        latest.NextAttemptAt.ShouldBe(Now.AddSeconds(30));
    }

    [Fact]
    public async Task QueueAsync_AdminTemplateWithHostileTicketSubject_RendersTheAdminWordingEncoded()
    {
        await ArrangeTicketAsync();
        await using (var db = Database.CreateDbContext())
        {
            var ticket = await db.Tickets.SingleAsync();
            ticket.Subject = "<img src=x onerror=alert(1)>";
            await db.SaveChangesAsync();
        }

        var saved = await Templates.SaveAsync(PrincipalBuilder.Admin().For(Database.Admin).Build(), CustomerInvitationEmail.Definition, "Help for {{ ticket.number }}",
            "<p>Dear {{ requester.name }}, about {{ ticket.subject }}: {{ session.customer_link }}</p>");
        var started = await PlayAsync();

        await CustomerInvitations.QueueAsync(started.Id);

        saved.IsValid.ShouldBeTrue();
        await using var check = Database.CreateDbContext();
        var delivery = await check.EmailDeliveries.SingleAsync();
        delivery.Subject.ShouldBe("Help for #1042");
        delivery.HtmlBody.ShouldStartWith("<p>Dear Emma Johnson, about &lt;img src=x onerror=alert(1)&gt;: https://");
    }

    [Fact]
    public async Task SweepJob_ActiveCaseWithoutInvitation_QueuesItOnce()
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync(); // the invitation queue is a substitute here: as if the process stopped before it ran
        Clock.Advance(TimeSpan.FromMinutes(6));
        var sweep = new EmailDeliverySweepJob(Database.Factory, CustomerInvitations, Jobs, Clock);

        await sweep.ExecuteAsync(CancellationToken.None);
        await sweep.ExecuteAsync(CancellationToken.None);

        await using var db = Database.CreateDbContext();
        var invitation = await db.EmailDeliveries.SingleAsync();
        invitation.ServiceCaseId.ShouldBe(started.Id);
        invitation.Kind.ShouldBe(EmailKind.CustomerInvitation);
    }

    [Fact]
    public async Task SweepJob_CaseJustStarted_LeavesItToTheNormalPath()
    {
        await ArrangeTicketAsync();
        await PlayAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));

        await new EmailDeliverySweepJob(Database.Factory, CustomerInvitations, Jobs, Clock).ExecuteAsync(CancellationToken.None);

        await using var db = Database.CreateDbContext();
        (await db.EmailDeliveries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ResendAsync_AfterDelivery_RecordsItInTheAuditTrail()
    {
        var (caseId, delivery) = await StartCaseWithInvitationAsync();
        await Attempt.RunAsync(delivery.Id);

        await CustomerInvitations.ResendAsync(Technician(), caseId);

        (await AuditEntriesAsync()).Last().Action.ShouldBe(BossRemote.Core.Audit.AuditActions.EmailResent);
    }

    private async Task<EmailDelivery> LoadAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.EmailDeliveries.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : EmailDeliveryTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : EmailDeliveryTests(database), IClassFixture<PostgresTestDatabase>;
}
