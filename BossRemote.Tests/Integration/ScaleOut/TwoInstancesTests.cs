using System.Text.RegularExpressions;
using BossRemote.Core.Audit;
using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Web.TeamViewerSimulator;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>SPEC §6: a change on any instance shows live on every instance's pages; every job runs once across instances.</summary>
public sealed partial class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private AppInstance A => instances.A;

    private AppInstance B => instances.B;

    [Fact]
    public async Task Play_OnInstanceA_ShowsLiveOnAPageServedByInstanceBAndStopOnBShowsOnA()
    {
        var ticket = await FreshOpenTicketAsync(A.Services);
        var onA = await Browsers.NewPageAsync(instances.Browser, A.BaseUrl);
        await Browsers.SignInAsync(onA, DemoUsers.TechnicianEmail);
        await Browsers.GotoInteractiveAsync(onA, $"/tickets/{ticket.Number}");
        var onB = await Browsers.NewPageAsync(instances.Browser, B.BaseUrl);
        await Browsers.SignInAsync(onB, DemoUsers.AdminEmail);
        await Browsers.GotoInteractiveAsync(onB, $"/tickets/{ticket.Number}");
        await Expect(Browsers.ByTestId(onB, "tv-play")).ToBeVisibleAsync();

        await Browsers.ByTestId(onA, "tv-play").ClickAsync();

        await Expect(Browsers.ByTestId(onA, "tv-session-code")).ToHaveTextAsync(SessionCode());
        var code = (await Browsers.ByTestId(onA, "tv-session-code").TextContentAsync())!.Trim();
        await Expect(Browsers.ByTestId(onB, "tv-session-code")).ToHaveTextAsync(code);

        // The customer joins through B's simulator; the poll job runs wherever the job store hands it.
        (await WithAsync<SimulatorCustomerService, bool>(B.Services, s => s.JoinAsync(code))).ShouldBeTrue();
        await Expect(Browsers.ByTestId(onA, "tv-online")).ToHaveAttributeAsync("data-online", "true");
        await Expect(Browsers.ByTestId(onB, "tv-online")).ToHaveAttributeAsync("data-online", "true");

        await Browsers.StopSessionAsync(onB);
        await Expect(Browsers.ByTestId(onA, "tv-play")).ToBeVisibleAsync();
        await Expect(Browsers.ByTestId(onA, "ticket-notes")).ToContainTextAsync($"TeamViewer service case {code} closed by");
        await onA.Context.DisposeAsync();
        await onB.Context.DisposeAsync();
    }

    [Fact]
    public async Task Token_ConnectedThroughInstanceA_IsReadAndUsedByInstanceB()
    {
        var ticket = await FreshOpenTicketAsync(A.Services);
        var tech = await DemoUserAsync(B.Services, DemoUsers.TechnicianEmail);

        var token = await B.Services.GetRequiredService<ITeamViewerTokenProvider>().GetTokenAsync();
        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(B.Services, s => s.StartAsync(tech, ticket.Number));

        token.ShouldBe(TwoInstances.Token);
        started.Error.ShouldBeNull();
        started.Case!.SessionCode.ShouldNotBeNull();
        await WithAsync<ServiceCaseStopper, ServiceCaseResult>(A.Services, s => s.StopAsync(tech, ticket.Number));
    }

    [Fact]
    public async Task SimulatorKey_MadeOnceInTheDatabase_InstanceBAcceptsTheKeyInstanceAUses()
    {
        var keyOfA = await A.Services.GetRequiredService<SimulatorInstallationKey>().GetAsync();
        using var http = new HttpClient();
        using var ping = new HttpRequestMessage(HttpMethod.Get, $"{B.BaseUrl}{SimulatorRoutes.ApiBase}/ping");
        ping.Headers.Add(SimulatorInstallationKey.HeaderName, keyOfA);

        var response = await http.SendAsync(ping);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await B.Services.GetRequiredService<SimulatorInstallationKey>().GetAsync()).ShouldBe(keyOfA);
    }

    [Fact]
    public async Task Jobs_EnqueuedOnBothInstances_EachRunsOnceAndBothInstancesTakeSome()
    {
        var run = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(0, 40).Select(i => $"{run}:{i}").ToList();

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            var client = (i % 2 == 0 ? A : B).Services.GetRequiredService<IBackgroundJobClient>();
            client.Enqueue<ProbeJob>(job => job.Execute(key, null));
        }

        await EventuallyAsync(() => Task.FromResult(keys.Count(k => ProbeJob.Runs.ContainsKey(k))), done => done == keys.Count);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second run, if there were one, would show by now
        keys.ShouldAllBe(k => ProbeJob.Runs[k].Count == 1);
        keys.SelectMany(k => ProbeJob.Runs[k]).Distinct().Count().ShouldBe(2, "both instances' servers took jobs");
    }

    [Fact]
    public async Task Expiry_ScheduledOnBothInstances_EndsTheCaseOnceWithOneNote()
    {
        var ticket = await FreshOpenTicketAsync(A.Services);
        var tech = await DemoUserAsync(A.Services, DemoUsers.TechnicianEmail);
        var started = (await WithAsync<ServiceCaseStarter, ServiceCaseResult>(A.Services, s => s.StartAsync(tech, ticket.Number))).Case!;
        var due = DateTime.UtcNow.AddSeconds(3);
        await using (var db = await Factory(A.Services).CreateDbContextAsync())
        {
            await db.ServiceCases.Where(c => c.Id == started.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ValidUntil, due));
        }

        foreach (var instance in new[] { A, B })
        {
            instance.Services.GetRequiredService<IBackgroundJobClient>()
                .Schedule<ServiceCaseExpiryJob>(job => job.ExecuteAsync(started.Id, CancellationToken.None), new DateTimeOffset(due));
        }

        var expired = await EventuallyAsync(() => StateAsync(started.Id), state => state == ServiceCaseState.Expired, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        expired.ShouldBe(ServiceCaseState.Expired);
        await using var read = await Factory(B.Services).CreateDbContextAsync();
        (await read.TicketNotes.CountAsync(n => n.ServiceCaseId == started.Id && n.Body.Contains("expired without being stopped"))).ShouldBe(1);
        (await read.AuditEntries.CountAsync(a => a.SessionCode == started.SessionCode && a.Action == AuditActions.CaseExpired)).ShouldBe(1);
    }

    private async Task<ServiceCaseState> StateAsync(long caseId)
    {
        await using var db = await Factory(A.Services).CreateDbContextAsync();
        return await db.ServiceCases.Where(c => c.Id == caseId).Select(c => c.State).SingleAsync();
    }

    [GeneratedRegex(@"^s\d{2,3}-\d{3}-\d{3}$")]
    private static partial Regex SessionCode();
}
