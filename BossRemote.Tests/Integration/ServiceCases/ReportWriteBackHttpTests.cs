using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.ServiceCases;

/// <summary>
/// The whole write-back path in the running app: Stop records it, the app's own job store runs the job, and the
/// client writes into the simulator's connection report over real HTTP (ADR-020).
/// </summary>
public abstract class ReportWriteBackHttpTests(DatabaseProvider provider) : IAsyncLifetime
{
    private KestrelApp _app = default!;

    public Task InitializeAsync()
    {
        _app = KestrelApp.Start(new Dictionary<string, string?>(), provider);
        _app.Tokens.Token = "write-back-" + Guid.NewGuid().ToString("N");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

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

    public sealed class OnSqlite() : ReportWriteBackHttpTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ReportWriteBackHttpTests(DatabaseProvider.Postgres);
}
