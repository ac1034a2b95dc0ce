using BossRemote.Benchmarks.Soak;
using BossRemote.Core.Audit;
using BossRemote.Core.Email;
using BossRemote.Core.ServiceCases;

namespace BossRemote.Tests.Benchmarks.Soak;

/// <summary>The soak's books: they balance only when every rule of issue 10 item 14 holds, and say what broke.</summary>
public sealed class SoakBooksTests
{
    [Fact]
    public void Check_EverythingInOrder_BooksBalanceWithTheCounts()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1).WithStoppedCase(2)
            .WithCase(3, ServiceCaseState.Expired, [AuditActions.CaseExpired], endNotes: 1, lived: TimeSpan.FromDays(1))
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldBeEmpty();
        balance.Balances.ShouldBeTrue();
        balance[SoakBooks.CasesCreated].ShouldBe(3);
        balance[SoakBooks.EndedByStop].ShouldBe(2);
        balance[SoakBooks.EndedByExpiry].ShouldBe(1);
        balance[SoakBooks.EndNotes].ShouldBe(3);
        balance[SoakBooks.InvitationsSent].ShouldBe(3);
    }

    [Fact]
    public void Check_CaseEndedTwice_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1)
            .WithCase(2, ServiceCaseState.Closed, [AuditActions.CaseClosed, AuditActions.CaseExpired], endNotes: 2)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Balances.ShouldBeFalse();
        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("case 2 (s100-000-002) ended 2 times");
    }

    [Fact]
    public void Check_CaseStillActiveAtTheEnd_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithCase(1, ServiceCaseState.Active, [], endNotes: 0).Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("is still Active at the end");
    }

    [Fact]
    public void Check_InvitationQueuedTwice_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1).WithInvitation(1).Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("has 2 invitations, not 1");
    }

    [Fact]
    public void Check_InvitationReceivedTwiceWithoutAnInterruptedSend_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithCase(1, ServiceCaseState.Closed, [AuditActions.CaseClosed], endNotes: 1, invited: false)
            .WithInvitation(1, received: 2)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("reached the SMTP server 2 times");
    }

    [Fact]
    public void Check_InvitationReceivedTwiceAfterAnInterruptedSend_CountedAsAdr009sWindow()
    {
        var ledger = new SoakLedgerBuilder().WithCase(1, ServiceCaseState.Closed, [AuditActions.CaseClosed], endNotes: 1, invited: false)
            .WithInvitation(1, received: 2).WithInterruptedSend(1)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Balances.ShouldBeTrue();
        balance[SoakBooks.ReceivedTwice].ShouldBe(1);
    }

    [Fact]
    public void Check_InvitationMarkedSentButNeverReceived_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithCase(1, ServiceCaseState.Closed, [AuditActions.CaseClosed], endNotes: 1, invited: false)
            .WithInvitation(1, received: 0)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("reached the SMTP server 0 times");
    }

    [Fact]
    public void Check_InvitationFailedForGood_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithCase(1, ServiceCaseState.Closed, [AuditActions.CaseClosed], endNotes: 1, invited: false)
            .WithInvitation(1, EmailDeliveryStatus.Failed, received: 0)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("is Failed");
        balance[SoakBooks.EmailsFailed].ShouldBe(1);
    }

    [Fact]
    public void Check_ShortCaseWithoutInvitation_CountedNotADiscrepancy()
    {
        var ledger = new SoakLedgerBuilder()
            .WithCase(1, ServiceCaseState.Closed, [AuditActions.CaseClosed], endNotes: 1, lived: TimeSpan.FromMinutes(3), invited: false)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Balances.ShouldBeTrue();
        balance[SoakBooks.NeverInvited].ShouldBe(1);
    }

    [Fact]
    public void Check_LongCaseWithoutInvitation_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder()
            .WithCase(1, ServiceCaseState.Expired, [AuditActions.CaseExpired], endNotes: 1, lived: TimeSpan.FromDays(1), invited: false)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("has 0 invitations, not 1");
    }

    [Fact]
    public void Check_ConfirmedStopButTheCaseExpired_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder()
            .WithCase(1, ServiceCaseState.Expired, [AuditActions.CaseExpired], endNotes: 1, stopConfirmed: true)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("Stop was confirmed, but the case is Expired");
    }

    [Fact]
    public void Check_SessionOpenAtTheEnd_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1).WithSession("s200-000-001", SoakLedgerBuilder.Reference(1), open: true).Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("s200-000-001 is open at the end");
        balance[SoakBooks.OpenSessionsWithoutCase].ShouldBe(1);
    }

    [Fact]
    public void Check_SessionOfNoCase_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1).WithSession("s200-000-002", "bossremote:ticket:1:lost", open: false).Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("s200-000-002 belongs to no case");
    }

    [Fact]
    public void Check_JobFailedForGoodAndWorkLeft_Discrepancies()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1)
            .WithFailedJob("CustomModuleJob.ExecuteAsync(1) job 42: TeamViewerException: down")
            .WithScheduledJobs(2)
            .Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.Count.ShouldBe(2);
        balance.Discrepancies.ShouldContain(d => d.StartsWith("job failed for good: CustomModuleJob", StringComparison.Ordinal));
        balance.Discrepancies.ShouldContain(d => d.Contains("2 scheduled", StringComparison.Ordinal));
        balance[SoakBooks.JobsFailed].ShouldBe(1);
    }

    [Fact]
    public void Check_MessageNoDeliverySent_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1).WithReceived("stranger@bossremote").Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldContain("stranger@bossremote, which no delivery sent");
    }

    [Fact]
    public void Check_IncidentDuringTheRun_Discrepancy()
    {
        var ledger = new SoakLedgerBuilder().WithStoppedCase(1).WithIncident("03-02 10:00 TeamViewer session s1 is open, but no case in BossRemote is").Build();

        var balance = SoakBooks.Check(ledger);

        balance.Discrepancies.ShouldHaveSingleItem().ShouldStartWith("03-02 10:00 TeamViewer session s1");
        balance[SoakBooks.OpenSessionsWithoutCase].ShouldBe(1);
    }
}
