using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Common.Events;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Notifications;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

/// <summary>
/// The service-case services wired as the app wires them, on the class's SQLite file, with a scripted TeamViewer
/// (<see cref="FakeTeamViewerClient"/>), a fake clock, a substitute job client, and the events committed changes announce.
/// </summary>
public abstract class ServiceCaseTestBase : DatabaseTestBase
{
    protected const int TicketNumber = 1042;

    protected ServiceCaseTestBase(TestDatabase database)
        : base(database)
    {
        TeamViewer = new FakeTeamViewerClient(Clock);
        Tokens.GetTokenAsync(Arg.Any<CancellationToken>()).Returns(ValueTask.FromResult<string?>("script-token"));
    }

    protected FakeTeamViewerClient TeamViewer { get; }

    protected ITeamViewerTokenProvider Tokens { get; } = Substitute.For<ITeamViewerTokenProvider>();

    protected IBackgroundJobClient Jobs { get; } = Substitute.For<IBackgroundJobClient>();

    /// <summary>Where in-app notices go (the web layer's live updates in the app).</summary>
    protected ILiveUpdatePublisher Notices { get; } = Substitute.For<ILiveUpdatePublisher>();

    protected IOptionsMonitor<TeamViewerOptions> Options { get; } = OptionsMonitor(new TeamViewerOptions { RequestTimeout = TimeSpan.FromSeconds(15) });

    protected ClaimsPrincipal Technician() => PrincipalBuilder.Technician().For(Database.Technician).Build();

    protected ClaimsPrincipal OtherTechnician() => PrincipalBuilder.Technician().For(Database.OtherTechnician).Build();

    protected ClaimsPrincipal Supervisor() => PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

    protected AuditLog Audit => new(Database.Factory, Access, Clock);

    protected ServiceCaseEnding Ending => new(Database.Factory, TeamViewer, Jobs, StopFollowUps, Audit, NullLogger<ServiceCaseEnding>.Instance);

    /// <summary>What follows a Stop in its save: nothing, unless a test is about it.</summary>
    protected virtual IEnumerable<IStopFollowUp> StopFollowUps => [];

    protected ServiceCaseActivation Activation => new(Database.Factory, TeamViewer, Jobs, Audit, Clock, NullLogger<ServiceCaseActivation>.Instance);

    protected ServiceCaseReconciliation Reconciliation => new(Database.Factory, TeamViewer, Activation, Audit, Options, Clock,
        NullLogger<ServiceCaseReconciliation>.Instance);

    protected ServiceCaseExpiry Expiry => new(Database.Factory, Ending, Reconciliation, Options, Clock, NullLogger<ServiceCaseExpiry>.Instance);

    protected ServiceCaseStarter Starter => new(Database.Factory, Access, TeamViewer, Activation, Reconciliation, Expiry, Options, Database.Events, Clock,
        NullLogger<ServiceCaseStarter>.Instance);

    protected ServiceCaseStopper Stopper => new(Database.Factory, Access, TeamViewer, Tokens, Ending, Reconciliation, Workflow, Clock);

    /// <summary>The ticket workflow with the real close guard of service cases.</summary>
    protected TicketWorkflow Workflow => new(Database.Factory, Access, [new ServiceCaseCloseGuard(Database.Factory, Clock)], Audit, Clock);

    protected ServiceCaseReader Reader => new(Database.Factory, Access, Options, new SharedReads(), Clock);

    protected EmailDeliveryQueue EmailQueue => new(Database.Factory, Jobs, Clock);

    /// <summary>Where in-app notices are stored (the bell).</summary>
    protected NotificationService Inbox => new(Database.Factory, Clock);

    protected CustomerOnlineNotifier Notifier => new(Database.Factory, Inbox, Notices, new LiquidTemplateEngine(), EmailQueue, Clock);

    protected ServiceCasePoller Poller => new(Database.Factory, TeamViewer, Ending, Options, Clock, NullLogger<ServiceCasePoller>.Instance);

    protected ReportWriteBackAttempt WriteBackAttempt => new(Database.Factory, TeamViewer, Jobs, Audit, Clock, NullLogger<ReportWriteBackAttempt>.Instance);

    /// <summary>A ticket assigned to the technician and TeamViewer connected (group <c>BOSS</c>).</summary>
    protected async Task<Ticket> ArrangeTicketAsync(TicketStatus status = TicketStatus.Open, bool connected = true)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(TicketNumber).WithStatus(status).AssignedTo(Database.Technician)
            .WithRequester("Emma Johnson", "emma.johnson@northwind.example").WithSubject("Printer offline").Build());
        if (connected)
        {
            await using var db = Database.CreateDbContext();
            db.TeamViewerSettings.Add(new TeamViewerSettings { ProtectedToken = "protected", TokenHint = "oken", UpdatedAt = Now });
            await db.SaveChangesAsync();
        }

        return await Database.LoadTicketAsync(TicketNumber);
    }

    protected async Task<List<ServiceCase>> CasesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.ServiceCases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    protected async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Presses Play as the technician and expects it to work.</summary>
    protected async Task<ServiceCaseView> PlayAsync()
    {
        var result = await Starter.StartAsync(Technician(), TicketNumber);
        result.Error.ShouldBeNull();
        return result.Case.ShouldNotBeNull();
    }

    /// <summary>
    /// Play, a customer connection (or several) in TeamViewer's reports (and one of another case), then Stop: the case
    /// ends with its connection reports known.
    /// </summary>
    protected async Task<ServiceCaseView> StopAfterConnectionAsync(int reports = 1, string? notes = null)
    {
        await ArrangeTicketAsync();
        var started = await PlayAsync();
        for (var i = 0; i < reports; i++)
        {
            TeamViewer.Reports.Add(new ConnectionReport
            {
                Id = Guid.NewGuid().ToString().ToUpperInvariant(), SessionCode = started.SessionCode, Notes = notes,
                StartDate = Now.AddMinutes(1 + i), EndDate = Now.AddMinutes(2 + i),
            });
        }

        TeamViewer.Reports.Add(new ConnectionReport { Id = Guid.NewGuid().ToString(), SessionCode = "s999-999-999", StartDate = Now, EndDate = Now.AddMinutes(5) });
        Clock.Advance(TimeSpan.FromMinutes(10));
        (await Stopper.StopAsync(Technician(), TicketNumber)).Succeeded.ShouldBeTrue();
        return started;
    }

    /// <summary>The jobs of type <typeparamref name="TJob"/> handed to Hangfire so far, with their arguments.</summary>
    protected IReadOnlyList<Hangfire.Common.Job> JobsOf<TJob>() =>
        [.. Jobs.ReceivedCalls()
            .Where(call => call.GetMethodInfo().Name == nameof(IBackgroundJobClient.Create))
            .Select(call => (Hangfire.Common.Job)call.GetArguments()[0]!)
            .Where(job => job.Type == typeof(TJob))];

    protected static TeamViewerException Timeout() => new(TeamViewerErrorKind.Timeout, "TeamViewer did not answer in time.");

    protected static TeamViewerException Revoked() => new(TeamViewerErrorKind.InvalidToken, "revoked", 401, "invalid_token");

    private static IOptionsMonitor<T> OptionsMonitor<T>(T value)
    {
        var monitor = Substitute.For<IOptionsMonitor<T>>();
        monitor.CurrentValue.Returns(value);
        return monitor;
    }
}
