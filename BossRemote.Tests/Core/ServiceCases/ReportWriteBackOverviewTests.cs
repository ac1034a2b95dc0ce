using BossRemote.Core.Common;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.ServiceCases;

/// <summary>What admins see of the write-back on the TeamViewer settings page, and their retry (ADR-020).</summary>
public abstract class ReportWriteBackOverviewTests(TestDatabase database) : ServiceCaseTestBase(database)
{
    private ReportWriteBackOverview Overview => new(Database.Factory, Access, Jobs, Clock);

    [Fact]
    public async Task GetAsync_OneFailedOneWaiting_CountsBothAndListsTheFailureWithItsReason()
    {
        var failed = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(TeamViewerErrorKind.PermissionDenied, "The token may not change connection reports.", 403);
        await WriteBackAttempt.RunAsync(failed.Id);
        await AddWaitingWriteBackAsync();

        var summary = await Overview.GetAsync(Admin());

        summary.Pending.ShouldBe(1);
        summary.Failed.ShouldBe(1);
        var failure = summary.RecentFailures.ShouldHaveSingleItem();
        failure.ServiceCaseId.ShouldBe(failed.Id);
        failure.TicketNumber.ShouldBe(TicketNumber);
        failure.TicketSubject.ShouldBe("Printer offline");
        failure.SessionCode.ShouldBe(failed.SessionCode);
        failure.Reason.ShouldBe("The token may not change connection reports.");
        failure.FailedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task GetAsync_Technician_IsRefused()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => Overview.GetAsync(Technician()));
    }

    [Fact]
    public async Task RetryAsync_Failed_StartsItAfreshAndQueuesTheJob()
    {
        var failed = await StopAfterConnectionAsync();
        TeamViewer.FailReportUpdate = new TeamViewerException(TeamViewerErrorKind.PermissionDenied, "no", 403);
        await WriteBackAttempt.RunAsync(failed.Id);
        Jobs.ClearReceivedCalls();
        TeamViewer.FailReportUpdate = null;

        var result = await Overview.RetryAsync(Admin(), failed.Id);

        result.Succeeded.ShouldBeTrue();
        JobsOf<ReportWriteBackJob>().ShouldHaveSingleItem().Args[0].ShouldBe(failed.Id);
        (await WriteBackAttempt.RunAsync(failed.Id)).ShouldBe(ReportWriteBackState.Written);
        (await Overview.GetAsync(Admin())).Failed.ShouldBe(0);
    }

    [Fact]
    public async Task RetryAsync_NotFailed_ChangesNothingAndSaysSo()
    {
        var started = await StopAfterConnectionAsync();
        Jobs.ClearReceivedCalls();

        var result = await Overview.RetryAsync(Admin(), started.Id);

        result.Succeeded.ShouldBeFalse();
        JobsOf<ReportWriteBackJob>().ShouldBeEmpty();
    }

    [Fact]
    public async Task RetryAsync_Technician_IsRefused()
    {
        var started = await StopAfterConnectionAsync();

        await Should.ThrowAsync<AccessDeniedException>(() => Overview.RetryAsync(Technician(), started.Id));
    }

    private System.Security.Claims.ClaimsPrincipal Admin() => PrincipalBuilder.Admin().For(Database.Admin).Build();

    /// <summary>A second, earlier case of the same ticket whose write-back still waits.</summary>
    private async Task AddWaitingWriteBackAsync()
    {
        await using var db = Database.CreateDbContext();
        var ticket = await db.Tickets.SingleAsync(t => t.Number == TicketNumber);
        var earlier = ServiceCase.Reserve(ticket.Id, TicketNumber, Database.Technician.Id, "Taylor Reed", Now.AddHours(-2));
        db.ServiceCases.Add(earlier);
        await db.SaveChangesAsync();
        earlier.End(ServiceCaseState.Closed, Now.AddHours(-1), "Taylor Reed", locallyOnly: false, connectedSeconds: 60);
        db.ReportWriteBacks.Add(ReportWriteBack.For(earlier.Id, Now));
        await db.SaveChangesAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ReportWriteBackOverviewTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : ReportWriteBackOverviewTests(database), IClassFixture<PostgresTestDatabase>;
}
