using BossRemote.Core.Data;
using BossRemote.Core.Email;
using BossRemote.Core.ServiceCases;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The soak's steps. Each step: an outage may begin, the people act, the after-commit work runs, every job due by the
/// soak's clock runs, the clock moves on. Restarts come at random steps — quietly, right after the people acted, or in
/// the middle of a TeamViewer call or an SMTP send that was already carried out — and a new instance of the app
/// carries on over the same database and job store. Once enough cases exist, the faults stop and the rest drains.
/// </summary>
internal sealed class SoakLoop(
    SoakSettings settings, SoakAppSettings appSettings, FakeTimeProvider clock, SoakFaults faults, TeamViewerFaultProxy proxy,
    SoakJournal journal, TextWriter output)
{
    private const int StepsBetweenSessionChecks = 60;
    private const int StepsAnArmedCrashWaits = 20;
    private static readonly TimeSpan LongestDrain = TimeSpan.FromDays(3);

    private readonly Random _random = new(settings.Seed);
    private readonly SoakJobServer _jobs = new(clock, journal);
    private readonly List<string> _incidents = [];
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();
    private SoakWorkload _workload = null!;
    private int _armedFor;
    private int _restarts;

    public SoakApp App { get; private set; } = null!;

    public IReadOnlyList<string> Incidents => [.. _incidents, .. _workload.UnexpectedErrors];

    public int Restarts => _restarts;

    public async Task RunAsync()
    {
        Start();
        _workload = new SoakWorkload(await SoakPeople.SetUpAsync(App, settings, _random), settings, clock, _random, journal);
        output.WriteLine($"Help desk ready: {settings.Technicians} technicians, {settings.Tickets:N0} tickets ({_watch.Elapsed.TotalSeconds:N0} s).");
        var (created, nextProgress, step) = (0, settings.ProgressEvery, 0);
        while (created < settings.Cases)
        {
            await StepAsync(creating: true, settings.Tick);
            if (++step % StepsBetweenSessionChecks == 0)
            {
                await CheckSessionsAsync();
            }

            (created, var open) = await CountCasesAsync();
            for (; created >= nextProgress; nextProgress += settings.ProgressEvery)
            {
                Progress(created, open);
            }
        }

        await CheckSessionsAsync();
        faults.Enabled = false;
        faults.Disarm();
        output.WriteLine($"{created:N0} cases created; faults off, draining (the last cases end, retries and sweeps finish).");
        for (var until = clock.GetUtcNow() + LongestDrain; clock.GetUtcNow() < until && !await DrainedAsync();)
        {
            await StepAsync(creating: false, settings.DrainTick);
        }
    }

    private async Task StepAsync(bool creating, TimeSpan tick)
    {
        faults.Step();
        var restart = creating ? ChooseRestart() : null;
        await GuardAsync(() => _workload.StepAsync(App, creating));
        if (restart == RestartKind.Abrupt)
        {
            await RestartAsync(RestartKind.Abrupt);
        }

        await GuardAsync(App.SettleAsync);
        await GuardAsync(() => _jobs.RunDueAsync(App));
        await GuardAsync(App.SettleAsync);
        if (restart == RestartKind.Quiet)
        {
            await RestartAsync(RestartKind.Quiet);
        }

        clock.Advance(tick);
    }

    /// <summary>A quiet or abrupt restart happens in this step; one during a call is armed and happens at that call.</summary>
    private RestartKind? ChooseRestart()
    {
        if (faults.CrashArmed && ++_armedFor > StepsAnArmedCrashWaits)
        {
            faults.Disarm();
            journal.Count("Crash points that found no call in time");
        }

        if (faults.CrashArmed || _random.NextDouble() >= 1.0 / settings.StepsPerRestart)
        {
            return null;
        }

        var kind = _random.NextDouble() switch
        {
            < 0.3 => RestartKind.Quiet,
            < 0.6 => RestartKind.Abrupt,
            < 0.85 => RestartKind.DuringTeamViewerCall,
            _ => RestartKind.DuringSmtpSend,
        };
        if (kind is RestartKind.DuringTeamViewerCall or RestartKind.DuringSmtpSend)
        {
            faults.Arm(kind);
            _armedFor = 0;
            return null;
        }

        return kind;
    }

    /// <summary>Whatever was in flight when the app "died" fails where it stood; a new instance carries on.</summary>
    private async Task GuardAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception) when (App.Crashed)
        {
            await RestartAsync(null);
        }
    }

    private async Task RestartAsync(RestartKind? kind)
    {
        journal.Count(kind is { } planned ? $"Restarts: {planned}" : "Restarts: after a crash mid-call");
        _restarts++;
        await App.DisposeAsync();
        Start();
    }

    private void Start()
    {
        App = SoakApp.Start(appSettings);
        proxy.Target = App.BaseUrl;
        faults.Crash = App.Crash;
    }

    private async Task CheckSessionsAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var code in await SoakLedgerReader.SessionsWithoutOpenCaseAsync(App, now))
        {
            _incidents.Add($"{now:MM-dd HH:mm} TeamViewer session {code} is open, but no case in BossRemote is");
        }
    }

    private async Task<(int Created, int Open)> CountCasesAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
        var created = await db.ServiceCases.CountAsync(c => c.SessionCode != null);
        var open = await db.ServiceCases.CountAsync(c => c.State == ServiceCaseState.Active);
        return (created, open);
    }

    private async Task<bool> DrainedAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
        var monitoring = App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return !await db.ServiceCases.AnyAsync(c => c.State == ServiceCaseState.Pending || c.State == ServiceCaseState.Active)
            && !await db.EmailDeliveries.AnyAsync(d => d.Status != EmailDeliveryStatus.Sent && d.Status != EmailDeliveryStatus.Failed)
            && monitoring.EnqueuedCount(Hangfire.States.EnqueuedState.DefaultQueue) + monitoring.ScheduledCount() + monitoring.ProcessingCount() == 0;
    }

    private void Progress(int created, int open) =>
        output.WriteLine($"{created,8:N0} cases · {open,5:N0} open · {_restarts,3} restarts · soak clock {clock.GetUtcNow():yyyy-MM-dd HH:mm} · {_watch.Elapsed:hh\\:mm\\:ss}");
}
