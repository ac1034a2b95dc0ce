using BossRemote.Core.Audit;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.TestSupport;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

/// <summary>
/// Writing the ticket into the case's TeamViewer connection reports (ADR-020): recorded by Stop when reports exist,
/// carried out by the job after the commit, retried while TeamViewer is unavailable, given up (and audited) otherwise.
/// </summary>
public abstract class ReportWriteBackTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    private const string Line = "BossRemote ticket #1042: Printer offline";

    [Fact]
    public async Task StopAsync_ConnectionReportExists_RecordsAWriteBackAndQueuesItsJob()
    {
        var started = await StopAfterConnectionAsync();

        var writeBack = (await WriteBacksAsync()).ShouldHaveSingleItem();
        writeBack.ServiceCaseId.ShouldBe(started.Id);
        writeBack.State.ShouldBe(ReportWriteBackState.Pending);
        JobsOf<ReportWriteBackJob>().ShouldHaveSingleItem().Args[0].ShouldBe(started.Id);
        TeamViewer.ReportUpdates.ShouldBeEmpty(); // Stop itself never waits for it
    }

    [Fact]
    public async Task StopAsync_NoConnectionReport_RecordsNothing()
    {
        await ArrangeTicketAsync();
        await PlayAsync();

        await Stopper.StopAsync(Technician(), TicketNumber);

        (await WriteBacksAsync()).ShouldBeEmpty();
        JobsOf<ReportWriteBackJob>().ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_Pending_WritesTicketNumberAndSubjectIntoEveryReportOfTheCase()
    {
        var started = await StopAfterConnectionAsync(reports: 2);

        var state = await WriteBackAttempt.RunAsync(started.Id);

        state.ShouldBe(ReportWriteBackState.Written);
        TeamViewer.ReportUpdates.Count.ShouldBe(2);
        TeamViewer.ReportUpdates.ShouldAllBe(u => u.Changes.Notes == Line && u.Changes.BillingState == null);
        TeamViewer.Reports.Where(r => r.SessionCode == started.SessionCode).ShouldAllBe(r => r.Notes == Line);
        var writeBack = (await WriteBacksAsync()).Single();
        writeBack.CompletedAt.ShouldBe(Now);
        writeBack.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ReportHasOwnNotes_KeepsThemAndAddsTheLine()
    {
        var started = await StopAfterConnectionAsync(notes: "Replaced the toner");

        await WriteBackAttempt.RunAsync(started.Id);

        TeamViewer.ReportUpdates.ShouldHaveSingleItem().Changes.Notes.ShouldBe($"Replaced the toner\n{Line}");
    }

    [Fact]
    public async Task RunAsync_AlreadyWritten_MakesNoCall()
    {
        var started = await StopAfterConnectionAsync();
        await WriteBackAttempt.RunAsync(started.Id);
        TeamViewer.ReportUpdates.Clear();

        var again = await WriteBackAttempt.RunAsync(started.Id);

        again.ShouldBe(ReportWriteBackState.Written);
        TeamViewer.ReportUpdates.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_ReportCarriesTheLineAlready_SendsNothingAndCountsItWritten()
    {
        // A restart after TeamViewer took the PUT but before BossRemote recorded it.
        var started = await StopAfterConnectionAsync(notes: Line);

        var state = await WriteBackAttempt.RunAsync(started.Id);

        state.ShouldBe(ReportWriteBackState.Written);
        TeamViewer.ReportUpdates.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_RateLimited_SchedulesALaterAttemptAndKeepsItPending()
    {
        var started = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(TeamViewerErrorKind.RateLimited, "Rate limit reached.", 403, "rate_limit_reached");

        var state = await WriteBackAttempt.RunAsync(started.Id);

        state.ShouldBe(ReportWriteBackState.Pending);
        var writeBack = (await WriteBacksAsync()).Single();
        writeBack.NextAttemptAt.ShouldBe(Now + ReportWriteBackAttempt.RateLimitWait);
        writeBack.LastError.ShouldBe("Rate limit reached.");
        ScheduledAt().ShouldBe([Now + ReportWriteBackAttempt.RateLimitWait]);
    }

    [Fact]
    public async Task RunAsync_RetryAfterGiven_WaitsThatLong()
    {
        var started = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(TeamViewerErrorKind.RateLimited, "limit", 429, retryAfter: TimeSpan.FromMinutes(42));

        await WriteBackAttempt.RunAsync(started.Id);

        (await WriteBacksAsync()).Single().NextAttemptAt.ShouldBe(Now + TimeSpan.FromMinutes(42));
    }

    [Fact]
    public async Task RunAsync_TeamViewerDownThenBack_RetriesWithBackOffAndThenWrites()
    {
        var started = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, "TeamViewer is unavailable.", 503);

        await WriteBackAttempt.RunAsync(started.Id);
        TeamViewer.FailReportUpdate = null;
        Clock.Advance(ReportWriteBackAttempt.RetryDelays[0]);
        var state = await WriteBackAttempt.RunAsync(started.Id);

        state.ShouldBe(ReportWriteBackState.Written);
        (await WriteBacksAsync()).Single().Attempts.ShouldBe(2);
        TeamViewer.ReportUpdates.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task RunAsync_StillDownAfterTheLastRetry_GivesUpAndAudits()
    {
        var started = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, "TeamViewer is unavailable.", 503);

        for (var attempt = 0; attempt <= ReportWriteBackAttempt.RetryDelays.Count; attempt++)
        {
            await WriteBackAttempt.RunAsync(started.Id);
        }

        var writeBack = (await WriteBacksAsync()).Single();
        writeBack.State.ShouldBe(ReportWriteBackState.Failed);
        writeBack.Attempts.ShouldBe(ReportWriteBackAttempt.RetryDelays.Count + 1);
        ScheduledAt().Count.ShouldBe(ReportWriteBackAttempt.RetryDelays.Count);
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.ReportWriteBackFailed);
    }

    [Theory]
    [InlineData(TeamViewerErrorKind.PermissionDenied, 403)]
    [InlineData(TeamViewerErrorKind.NotFound, 404)]
    [InlineData(TeamViewerErrorKind.InvalidToken, 401)]
    public async Task RunAsync_PermanentRefusal_GivesUpAtOnceAndTellsAdminsInTheAuditTrail(TeamViewerErrorKind kind, int status)
    {
        var started = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(kind, "The TeamViewer token lacks a permission.", status);

        var state = await WriteBackAttempt.RunAsync(started.Id);

        state.ShouldBe(ReportWriteBackState.Failed);
        var writeBack = (await WriteBacksAsync()).Single();
        writeBack.LastError.ShouldBe("The TeamViewer token lacks a permission.");
        writeBack.NextAttemptAt.ShouldBeNull();
        ScheduledAt().ShouldBeEmpty();
        var entry = (await AuditEntriesAsync()).Last();
        entry.Action.ShouldBe(AuditActions.ReportWriteBackFailed);
        entry.TicketNumber.ShouldBe(TicketNumber);
        entry.SessionCode.ShouldBe(started.SessionCode);
        entry.Details.ShouldContain("The TeamViewer token lacks a permission.");
    }

    [Fact]
    public async Task SweepAsync_PendingWhoseJobWasLost_QueuesItAgain()
    {
        var started = await StopAfterConnectionAsync();
        Jobs.ClearReceivedCalls();

        var early = await WriteBackAttempt.SweepAsync(TimeSpan.FromMinutes(5));
        Clock.Advance(TimeSpan.FromMinutes(6));
        var late = await WriteBackAttempt.SweepAsync(TimeSpan.FromMinutes(5));

        early.ShouldBe(0);
        late.ShouldBe(1);
        JobsOf<ReportWriteBackJob>().ShouldHaveSingleItem().Args[0].ShouldBe(started.Id);
    }

    [Fact]
    public async Task SweepAsync_WrittenOrFailed_LeavesThemAlone()
    {
        var started = await StopAfterConnectionAsync();
        await WriteBackAttempt.RunAsync(started.Id);
        Jobs.ClearReceivedCalls();
        Clock.Advance(TimeSpan.FromHours(1));

        var swept = await WriteBackAttempt.SweepAsync(TimeSpan.FromMinutes(5));

        swept.ShouldBe(0);
    }

    private async Task<List<ReportWriteBack>> WriteBacksAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.ReportWriteBacks.AsNoTracking().ToListAsync();
    }

    /// <summary>When the attempts handed to Hangfire for later are due.</summary>
    private List<DateTime> ScheduledAt() =>
        [.. Jobs.ReceivedCalls()
            .Where(call => call.GetMethodInfo().Name == nameof(Hangfire.IBackgroundJobClient.Create)
                && ((Hangfire.Common.Job)call.GetArguments()[0]!).Type == typeof(ReportWriteBackJob)
                && call.GetArguments()[1] is ScheduledState)
            .Select(call => ((ScheduledState)call.GetArguments()[1]!).EnqueueAt)];

    public sealed class OnSqlite(SqliteTestDatabase database) : ReportWriteBackTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ReportWriteBackTests(database), IClassFixture<PostgresTestDatabase>;
}
