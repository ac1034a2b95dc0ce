using System.Text.RegularExpressions;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.ServiceCases;

/// <summary>Play, live state, Stop and the connection-report write-back through the app's services, over real HTTP to the built-in simulator.</summary>
public abstract class ServiceCaseHttpTests(DatabaseProvider provider) : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start(new Dictionary<string, string?> { ["TeamViewer:PollInterval"] = "00:00:01" }, provider);
        _app.Tokens.Token = "integration-token";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Play_OverHttp_CreatesTheCaseInTheSimulatorWithTicketRequesterAndReference()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);

        var result = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));

        result.Error.ShouldBeNull();
        result.Case!.SessionCode!.ShouldMatch(@"^s\d{2,3}-\d{3}-\d{3}$");
        result.Case.CustomerLink.ShouldBe($"{_app.BaseUrl}/simulator/teamviewer/join/{result.Case.SessionCode!.Replace("-", "")}");
        var session = await _app.Client.GetSessionAsync(result.Case.SessionCode);
        session.Description.ShouldBe($"BossRemote ticket #{ticket.Number}: {ticket.Subject}");
        session.EndCustomer!.Name.ShouldBe(ticket.RequesterName);
        session.EndCustomer.Email.ShouldBe(ticket.RequesterEmail);
        session.CustomApi!.ShouldStartWith($"bossremote:ticket:{ticket.Number}:");
        (await _app.Client.ListGroupsAsync(TeamViewerSettings.DefaultGroupName)).ShouldHaveSingleItem().Id.ShouldBe(session.GroupId);
    }

    [Fact]
    public async Task Play_TwoTechniciansAtTheSameMoment_CreateOneSession()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);
        var admin = await DemoUserAsync(_app.Services, DemoUsers.AdminEmail);
        var before = await CountSimulatorSessionsAsync();

        var results = await Task.WhenAll(
            Task.Run(() => WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number))),
            Task.Run(() => WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(admin, ticket.Number))));

        results.ShouldAllBe(r => r.Succeeded);
        (await CountSimulatorSessionsAsync()).ShouldBe(before + 1);
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        (await db.ServiceCases.CountAsync(c => c.TicketId == ticket.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Join_CustomerJoinsInTheSimulator_PollJobMarksTheCaseOnline()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);
        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));

        await WithAsync<SimulatorCustomerService, bool>(_app.Services, s => s.JoinAsync(started.Case!.SessionCode!));

        var widget = await EventuallyAsync(
            () => WithAsync<ServiceCaseReader, TeamViewerWidgetModel>(_app.Services, r => r.GetWidgetAsync(tech, ticket.Id)),
            w => w.Current?.CustomerOnline == true);
        widget.Current!.CustomerOnline.ShouldBeTrue();
    }

    [Fact]
    public async Task Stop_AfterTheCustomerLeft_ClosesInTheSimulatorAndNotesTheConnectedTime()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);
        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));
        var code = started.Case!.SessionCode!;
        (await WithAsync<SimulatorCustomerService, bool>(_app.Services, s => s.JoinAsync(code))).ShouldBeTrue();
        await Task.Delay(1100);
        (await WithAsync<SimulatorCustomerService, bool>(_app.Services, s => s.LeaveAsync(code))).ShouldBeTrue();

        var stopped = await WithAsync<ServiceCaseStopper, ServiceCaseResult>(_app.Services, s => s.StopAsync(tech, ticket.Number));

        stopped.Succeeded.ShouldBeTrue();
        (await _app.Client.GetSessionAsync(code)).State.ShouldBe(TeamViewerSessionState.Closed);
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        var note = await db.TicketNotes.Where(n => n.TicketId == ticket.Id).OrderByDescending(n => n.Id).FirstAsync();
        var reports = new List<string>();
        await foreach (var report in _app.Client.ListAllConnectionReportsAsync(new ConnectionReportFilter { SessionCode = code }))
        {
            reports.Add($"{report.StartDate:O}..{report.EndDate:O}");
        }

        // It failed once in a full CI run with no connected time; say what the case ended as and what TeamViewer reported.
        stopped.Case!.ConnectedSeconds.ShouldNotBeNull($"note: {note.Body}; reports: [{string.Join(", ", reports)}]").ShouldBeGreaterThanOrEqualTo(1);
        note.Body.ShouldStartWith($"TeamViewer service case {code} closed by Taylor Reed.");
        note.Body.ShouldContain(" · Connected: ");
    }

    [Fact]
    public async Task Stop_AfterTheTokenWasRevokedInTeamViewer_ExplainsAndClosesInBossRemoteOnly()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);
        await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));
        _app.Tokens.Token = "revoked-integration-token";

        var stopped = await WithAsync<ServiceCaseStopper, ServiceCaseResult>(_app.Services, s => s.StopAsync(tech, ticket.Number));
        var closed = await WithAsync<ServiceCaseStopper, ServiceCaseResult>(_app.Services, s => s.CloseLocallyAsync(tech, ticket.Number));

        stopped.Error.ShouldBe(ServiceCaseMessages.Revoked);
        stopped.CanCloseLocally.ShouldBeTrue();
        closed.Succeeded.ShouldBeTrue();
        closed.Case!.ClosedLocallyOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task Stop_AfterTheCustomerLeft_WritesTicketNumberAndSubjectIntoTheSimulatorsReportOnce()
    {
        var ticket = await FreshOpenTicketAsync(_app.Services);
        var tech = await DemoUserAsync(_app.Services, DemoUsers.TechnicianEmail);
        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_app.Services, s => s.StartAsync(tech, ticket.Number));
        var code = started.Case!.SessionCode!;
        await WithAsync<SimulatorCustomerService, bool>(_app.Services, s => s.JoinAsync(code));
        await WithAsync<SimulatorCustomerService, bool>(_app.Services, s => s.LeaveAsync(code));

        var stopped = await WithAsync<ServiceCaseStopper, ServiceCaseResult>(_app.Services, s => s.StopAsync(tech, ticket.Number));

        stopped.Succeeded.ShouldBeTrue();
        var expected = $"BossRemote ticket #{ticket.Number}: {ticket.Subject}";
        var report = await EventuallyAsync(() => ReportAsync(code), r => r?.Notes is not null);
        report!.Notes.ShouldBe(expected);
        var state = await EventuallyAsync(() => WriteBackStateAsync(started.Case.Id), s => s == ReportWriteBackState.Written);
        state.ShouldBe(ReportWriteBackState.Written);

        var again = await WithAsync<ReportWriteBackAttempt, ReportWriteBackState?>(_app.Services, a => a.RunAsync(started.Case.Id));

        again.ShouldBe(ReportWriteBackState.Written);
        (await ReportAsync(code))!.Notes.ShouldBe(expected);
    }

    private async Task<int> CountSimulatorSessionsAsync()
    {
        var count = 0;
        await foreach (var _ in _app.Client.ListAllSessionsAsync(new SessionListFilter { States = [TeamViewerSessionState.Open, TeamViewerSessionState.Closed] }))
        {
            count++;
        }

        return count;
    }

    private async Task<ConnectionReport?> ReportAsync(string code)
    {
        var page = await _app.Client.ListConnectionReportsAsync(new ConnectionReportFilter { SessionCode = code });
        return page.Records.SingleOrDefault();
    }

    private async Task<ReportWriteBackState?> WriteBackStateAsync(long caseId)
    {
        await using var db = await Factory(_app.Services).CreateDbContextAsync();
        return await db.ReportWriteBacks.Where(w => w.ServiceCaseId == caseId).Select(w => (ReportWriteBackState?)w.State).SingleOrDefaultAsync();
    }

    public sealed class OnSqlite() : ServiceCaseHttpTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ServiceCaseHttpTests(DatabaseProvider.Postgres);
}
