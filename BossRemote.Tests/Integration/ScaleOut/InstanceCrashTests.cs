using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Email;
using BossRemote.Core.Notifications;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// SPEC §6, §7: instance A is killed outright in the middle of a poll (its simulator answers the list call slowly, so a
/// poll takes seconds); instance B carries on — the customer still shows online, the owner is told once, and later
/// changes are still seen.
/// </summary>
public sealed class InstanceCrashTests : IAsyncLifetime
{
    private readonly string _database = "bossremote_crash_" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";
    private AppProcess _a = default!;
    private AppInstance _b = default!;

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresDatabases.CreateAsync(_database);
        var channel = "bossremote-test:" + _database;
        _a = AppProcess.Start(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__BossRemote"] = _connectionString,
            ["Redis__Configuration"] = TestServices.Redis,
            ["Redis__Channel"] = channel,
            ["TeamViewer__PollInterval"] = "00:00:01",
            ["TeamViewer__Simulator__ListDelay"] = "00:00:04",
            ["Jobs__LockTimeout"] = "00:00:05",
        });
        await _a.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120));
        _b = AppInstance.Start("B", _connectionString, TestServices.Redis, channel,
            new Dictionary<string, string?> { ["Jobs:LockTimeout"] = "00:00:05" });
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await PostgresDatabases.DropAsync(_database);
    }

    [Fact]
    public async Task KillDuringPoll_TheOtherInstanceCarriesOnAndTellsTheOwnerOnce()
    {
        var admin = await DemoUserAsync(_b.Services, DemoUsers.AdminEmail);
        var tech = await DemoUserAsync(_b.Services, DemoUsers.TechnicianEmail);
        (await WithAsync<TeamViewerSetupService, OperationResult>(_b.Services, s => s.ConnectAsync(admin, "crash-token"))).Succeeded.ShouldBeTrue();
        await WithAsync<NotificationPreferencesService, bool>(_b.Services, async s =>
        {
            await s.SaveMineAsync(tech, inApp: true, email: true);
            return true;
        });
        var ticket = await FreshOpenTicketAsync(_b.Services);
        var started = (await WithAsync<ServiceCaseStarter, ServiceCaseResult>(_b.Services, s => s.StartAsync(tech, ticket.Number))).Case!;
        (await WithAsync<SimulatorCustomerService, bool>(_b.Services, s => s.JoinAsync(started.SessionCode!))).ShouldBeTrue();

        var caught = await EventuallyAsync(PollsRunningOnAAsync, running => running > 0, TimeSpan.FromSeconds(60));
        _a.Kill();

        caught.ShouldBeGreaterThan(0, "A was in the middle of a poll when it was killed");
        var online = await EventuallyAsync(() => CaseAsync(started.Id), c => c.CustomerOnline && c.CustomerOnlineNoticedAt != null, TimeSpan.FromSeconds(60));
        online.CustomerOnline.ShouldBeTrue();
        online.CustomerOnlineNoticedAt.ShouldNotBeNull();
        await Task.Delay(TimeSpan.FromSeconds(3)); // a second notice, if there were one, would be queued by now
        (await OnlineEmailsAsync(started.Id)).ShouldBe(1);

        (await WithAsync<SimulatorCustomerService, bool>(_b.Services, s => s.LeaveAsync(started.SessionCode!))).ShouldBeTrue();
        (await EventuallyAsync(() => CaseAsync(started.Id), c => !c.CustomerOnline, TimeSpan.FromSeconds(30))).CustomerOnline.ShouldBeFalse();
    }

    /// <summary>Poll jobs that instance A's server is processing right now (Hangfire's server ids carry the process id).</summary>
    private async Task<long> PollsRunningOnAAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%ServiceCasePollJob%' AND s.data::text LIKE @server
            """, connection);
        command.Parameters.AddWithValue("server", $"%:{_a.ProcessId}:%");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<ServiceCase> CaseAsync(long id)
    {
        await using var db = await Factory(_b.Services).CreateDbContextAsync();
        return await db.ServiceCases.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task<int> OnlineEmailsAsync(long caseId)
    {
        await using var db = await Factory(_b.Services).CreateDbContextAsync();
        return await db.EmailDeliveries.CountAsync(d => d.ServiceCaseId == caseId && d.Kind == EmailKind.CustomerOnline);
    }
}
