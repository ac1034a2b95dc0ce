using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Email;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.Email;

/// <summary>
/// The whole app on Kestrel with a real SMTP server on loopback: Play queues the invitation, Hangfire's job delivers
/// it over SMTP, a refusing server is retried with what the widget shows, and exactly one message arrives.
/// </summary>
public abstract class InvitationSmtpTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly LoopbackSmtpServer _smtp = new();
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        var settings = _smtp.AppSettings();
        settings["Email:From"] = "helpdesk@northwind.example";
        _app = KestrelApp.Start(settings, provider);
        _app.Tokens.Token = "smtp-token";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Play_ServerAccepts_RequesterGetsTheInvitationWithTheCustomerLink()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);

        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));

        var message = (await _smtp.WaitForMessagesAsync(1)).ShouldHaveSingleItem();
        message.To.Mailboxes.Single().Address.ShouldBe(ticket.RequesterEmail);
        message.From.Mailboxes.Single().Address.ShouldBe("helpdesk@northwind.example");
        message.Subject.ShouldBe($"BossRemote Help Desk: remote support for ticket #{ticket.Number}");
        message.HtmlBody!.ShouldContain($"href=\"{started.Case!.CustomerLink}\"");
        var status = await EventuallyAsync(() => LatestAsync(tech, started.Case.Id), s => s?.Status == EmailDeliveryStatus.Sent);
        status!.Status.ShouldBe(EmailDeliveryStatus.Sent);
    }

    [Fact]
    public async Task Play_ServerRefusesThenAccepts_WidgetShowsTheFailureAndExactlyOneMessageArrives()
    {
        _smtp.Refuse = true;
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);

        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));
        var failing = await EventuallyAsync(() => LatestAsync(tech, started.Case!.Id), s => s?.Status == EmailDeliveryStatus.Retrying);
        var refusalsWhileFailing = _smtp.Refusals;
        _smtp.Refuse = false;
        var sent = await EventuallyAsync(() => LatestAsync(tech, started.Case!.Id), s => s?.Status == EmailDeliveryStatus.Sent);
        await Task.Delay(2500); // any duplicate would arrive within a retry delay

        failing!.LastError!.ShouldContain("The mail server refused the message");
        refusalsWhileFailing.ShouldBeGreaterThanOrEqualTo(1);
        sent!.Attempts.ShouldBeGreaterThan(1);
        _smtp.Messages.Count.ShouldBe(1);
        _smtp.Messages.Single().To.Mailboxes.Single().Address.ShouldBe(ticket.RequesterEmail);
    }

    private Task<InvitationEmailView?> LatestAsync(System.Security.Claims.ClaimsPrincipal user, long caseId) =>
        WithAsync<CustomerInvitations, InvitationEmailView?>(_app.Services, i => i.GetLatestAsync(user, caseId));

    public sealed class OnSqlite() : InvitationSmtpTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : InvitationSmtpTests(DatabaseProvider.Postgres);
}
