using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BossRemote.Benchmarks.Live;

/// <summary>
/// The live-page benchmark (README "Live pages"): the app on loopback with its simulator, one technician's page of a
/// long-lived demo ticket, and K more pages of the same ticket watching. For each K: memory per page, then repeated
/// cycles of Play, the customer coming online and Stop, each timed on the acting page and on every watching page.
/// </summary>
internal sealed class LiveRun(BenchmarkOptions options, TextWriter output)
{
    private const string SessionCode = "[data-testid='tv-session-code']";
    private const string CustomerOnline = "[data-testid='tv-online'][data-online='true']";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Untimed cycles once a row's pages are open, beside the server's warm-up: each watching page's browser compiles the
    /// script that applies a change only after running it a few times, fifty at once on the cores the change is timed on;
    /// with one such cycle the first timed one was twice as slow as the rest and alone decided the p99 (ADR-019).
    /// </summary>
    private const int PageWarmUpCycles = 3;

    /// <summary>How the cycles are paced: the timed ones as a person clicks, the warm-up back to back.</summary>
    /// <param name="Quiet">
    /// Between arming the pages and the change: the pages' answers to Playwright are over before the change starts.
    /// </param>
    /// <param name="Pause">
    /// After a change shows on the acting page, as between a person's clicks: what the change sets off (the invitation's
    /// delivery, jobs, their own updates to every page) is done before the next one, so each figure is that change's own.
    /// </param>
    private sealed record Pace(TimeSpan Quiet, TimeSpan Pause)
    {
        public static readonly Pace LikeAPerson = new(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1));

        public static readonly Pace BackToBack = new(TimeSpan.Zero, TimeSpan.Zero);
    }

    public async Task<IReadOnlyList<LiveRound>> RunAsync()
    {
        var dataDirectory = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "bossremote-live-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        try
        {
            var commits = new CommitTimes();
            using var traces = new PlayTraces();
            using var deliveries = new DeliveryMeter();
            await using var app = new LiveAppFactory(dataDirectory, commits);
            app.UseKestrel(0);
            app.StartServer();
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            await using var browser = await LiveBrowser.StartAsync(baseUrl, options.WatchersAtIdlePriority);
            var ticket = await LongestStoryAsync(app.Services);
            traces.ActingUserId = await UserIdAsync(app.Services, DemoUsers.TechnicianEmail);
            output.WriteLine($"Ticket {Ticket.FormatNumber(ticket.Number)}: {ticket.Notes} notes on its timeline.");

            // The runtime compiles a method again, optimised, after it has run 30 times, and again after 30 more with profile
            // data (tiered compilation with dynamic PGO): a path that runs once per Play is compiled for the last time after
            // some sixty Plays, and a server that has just started spends seconds of CPU on it meanwhile. Some compiling
            // goes on after the warm-up (each row prints how much); with tiered compilation off, which leaves none, the
            // figures stayed within their run-to-run spread (ADR-019).
            var warmUp = await new Round(app.Services, browser, commits, traces, deliveries, ticket.Id, ticket.Number).WarmUpAsync(options.WarmUpCycles);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Warm-up: {options.WarmUpCycles} {(options.WarmUpCycles == 1 ? "cycle" : "cycles")}, {warmUp.TotalSeconds:0.0} s of compilation (JIT)."));

            var rounds = new List<LiveRound>();
            foreach (var watchers in options.Watchers)
            {
                var round = new Round(app.Services, browser, commits, traces, deliveries, ticket.Id, ticket.Number);
                rounds.Add(await round.RunAsync(watchers, options.Runs));
                output.WriteLine(LiveReport.Progress(rounds[^1]));
            }

            return rounds;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // a file a finishing thread still holds; the folder is the temp folder's
            }
        }
    }

    /// <summary>The open demo ticket with the longest timeline and no case: the heaviest page a technician opens.</summary>
    private static async Task<(int Id, int Number, int Notes)> LongestStoryAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
        var ticket = await db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.Open || t.Status == TicketStatus.InProgress)
            .Where(t => !db.ServiceCases.Any(c => c.TicketId == t.Id && (c.State == ServiceCaseState.Active || c.State == ServiceCaseState.Pending)))
            .OrderByDescending(t => t.Notes.Count).ThenBy(t => t.Number)
            .Select(t => new { t.Id, t.Number, Notes = t.Notes.Count })
            .FirstAsync();
        return (ticket.Id, ticket.Number, ticket.Notes);
    }

    private static async Task<string> UserIdAsync(IServiceProvider services, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>One K: open the pages, measure memory, then time the cycles; every page is closed at the end.</summary>
    private sealed class Round(IServiceProvider services, LiveBrowser browser, CommitTimes commits, PlayTraces traces, DeliveryMeter deliveries, int ticketId, int ticketNumber)
    {
        private readonly LiveRound _result = new();
        private IPage _acting = default!;
        private List<IPage> _watching = [];

        public async Task<LiveRound> RunAsync(int watchers, int runs)
        {
            _result.Watchers = watchers;
            _acting = await LiveBrowser.OpenTicketAsync(browser.Acting, ticketNumber);
            try
            {
                await CycleAsync(timed: false, Pace.LikeAPerson); // warm-up: the page, the queries, TeamViewer's first call
                await Task.Delay(Settle);
                var before = ServerMemory.Measure();
                for (var i = 0; i < watchers; i++)
                {
                    _watching.Add(await LiveBrowser.OpenTicketAsync(browser.Watching, ticketNumber));
                }

                await CycleAsync(timed: false, Pace.LikeAPerson); // every watching page has rendered a case once
                await Task.Delay(Settle);
                if (watchers > 0)
                {
                    var after = ServerMemory.Measure();
                    _result.HeapPerPage = (after.Heap - before.Heap) / (double)watchers;
                    _result.WorkingSetPerPage = (after.WorkingSet - before.WorkingSet) / (double)watchers;
                }

                // After the measurement's full collections too: the timed cycles start from a server and pages in use.
                for (var cycle = 1; cycle < PageWarmUpCycles; cycle++)
                {
                    await CycleAsync(timed: false, Pace.LikeAPerson);
                }

                traces.Drain();
                deliveries.Drain();
                var compiling = JitInfo.GetCompilationTime();
                var collecting = GarbageCollections.Now();
                for (var run = 0; run < runs; run++)
                {
                    await CycleAsync(timed: true, Pace.LikeAPerson);
                }

                _result.Compilation = JitInfo.GetCompilationTime() - compiling;
                _result.GarbageCollections = GarbageCollections.Now().Since(collecting);
                _result.ServerDelivery.AddRange(deliveries.Drain());
                return _result;
            }
            finally
            {
                foreach (var page in _watching.Append(_acting))
                {
                    await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
                }
            }
        }

        /// <summary>Repeats the cycle on the acting page alone, without pauses; returns the time spent compiling meanwhile.</summary>
        public async Task<TimeSpan> WarmUpAsync(int cycles)
        {
            var compiling = JitInfo.GetCompilationTime();
            _acting = await LiveBrowser.OpenTicketAsync(browser.Acting, ticketNumber);
            try
            {
                for (var cycle = 0; cycle < cycles; cycle++)
                {
                    await CycleAsync(timed: false, Pace.BackToBack);
                }
            }
            finally
            {
                await _acting.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
            }

            traces.Drain();
            return JitInfo.GetCompilationTime() - compiling;
        }

        private IEnumerable<IPage> AllPages => _watching.Append(_acting);

        private async Task CycleAsync(bool timed, Pace pace)
        {
            // Play: from the press on the acting page to its session code; the change from its commit to every page.
            var since = Now();
            await ArmAsync(SessionCode, present: true, pace);
            var pressed = await PressAsync("tv-play");
            var acting = await ActingSeenAsync(pace);
            var fanOut = await FanOutAsync(since, "Play");
            var plays = await traces.TakeAsync(TimeSpan.FromSeconds(30));
            if (timed)
            {
                _result.PlayToCode.Add(acting - pressed);
                _result.FanOut["Play"].AddRange(fanOut);
                foreach (var play in plays)
                {
                    _result.PlayTeamViewer.Add(play.TeamViewer.TotalMilliseconds);
                    _result.PlayServerShare.Add(play.ServerShare.TotalMilliseconds);
                }
            }

            // The customer opens the link; the next poll finds them online.
            since = Now();
            await ArmAsync(CustomerOnline, present: true, pace);
            await using (var scope = services.CreateAsyncScope())
            {
                var code = await ActiveCodeAsync(scope.ServiceProvider);
                await scope.ServiceProvider.GetRequiredService<SimulatorCustomerService>().JoinAsync(code);
                await scope.ServiceProvider.GetRequiredService<ServiceCasePoller>().PollAsync();
            }

            await ActingSeenAsync(pace);
            fanOut = await FanOutAsync(since, "Customer online");
            if (timed)
            {
                _result.FanOut["Customer online"].AddRange(fanOut);
            }

            // Stop: the code goes away on every page.
            // Stop opens its wrap-up; the plain Stop is Stop session with nothing filled in, timed from that press.
            await PressAsync("tv-stop");
            await _acting.Locator("[data-testid='tv-wrapup-stop']").WaitForAsync();
            since = Now();
            await ArmAsync(SessionCode, present: false, pace);
            await PressAsync("tv-wrapup-stop");
            await ActingSeenAsync(pace);
            fanOut = await FanOutAsync(since, "Stop");
            if (timed)
            {
                _result.FanOut["Stop"].AddRange(fanOut);
            }
        }

        private async Task<string> ActiveCodeAsync(IServiceProvider scope)
        {
            await using var db = await scope.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>().CreateDbContextAsync();
            return await db.ServiceCases.Where(c => c.TicketId == ticketId && c.State == ServiceCaseState.Active)
                .Select(c => c.SessionCode!).SingleAsync();
        }

        /// <summary>Arms every page for the next change, then waits the pace's quiet.</summary>
        private async Task ArmAsync(string selector, bool present, Pace pace)
        {
            await Task.WhenAll(AllPages.Select(page => LiveBrowser.ArmAsync(page, selector, present)));
            await Task.Delay(pace.Quiet);
        }

        /// <summary>Clicks a widget button in the page itself, so the time is the browser's click, not Playwright's checks.</summary>
        private Task<long> PressAsync(string testId) =>
            _acting.EvaluateAsync<long>("id => { const t = Date.now(); document.querySelector(`[data-testid='${id}']`).click(); return t; }", testId);

        /// <summary>
        /// Waits until the acting page shows the change, then for the pace's pause, as between a person's clicks;
        /// returns when the acting page showed it. Only the acting page is asked meanwhile: fifty pages' answers going
        /// through Playwright while the change spreads would load the cores the change is measured on.
        /// </summary>
        private async Task<long> ActingSeenAsync(Pace pace)
        {
            var seen = await LiveBrowser.SeenAsync(_acting).WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(pace.Pause);
            return seen;
        }

        /// <summary>When each watching page showed the change, from the commit it showed (waiting for any that has not yet).</summary>
        private async Task<IReadOnlyList<double>> FanOutAsync(long since, string change)
        {
            if (_watching.Count == 0)
            {
                return [];
            }

            var watching = await Task.WhenAll(_watching.Select(LiveBrowser.SeenAsync)).WaitAsync(TimeSpan.FromSeconds(60));

            // The acting page may show its own change before the publish is noted (its own request re-reads at once).
            var firstSeen = watching.Min();
            var committed = commits.CommitBefore(ticketId, since, firstSeen)
                ?? throw new InvalidOperationException(
                    $"A page showed {change} at {firstSeen} before any commit of the ticket since {since} was seen: {commits.Describe(ticketId, since)}.");
            return [.. watching.Select(at => (double)(at - committed))];
        }

        private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }
}

/// <summary>The server's memory after a full, compacting collection: managed heap and working set.</summary>
internal static class ServerMemory
{
    public static (long Heap, long WorkingSet) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
