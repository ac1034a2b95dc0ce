using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace BossRemote.Tests.Core.Tickets;

public abstract class TicketWorkflowTests : DatabaseTestBase
{
    private readonly ITicketCloseGuard _guard = Substitute.For<ITicketCloseGuard>();

    protected TicketWorkflowTests(TestDatabase database)
        : base(database) =>
        _guard.GetCloseBlockerAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns((string?)null);

    private TicketWorkflow CreateWorkflow() => new(Database.Factory, Access, [_guard], new AuditLog(Database.Factory, Access, Clock), Clock);

    [Fact]
    public async Task ChangeStatusAsync_OpenToInProgress_ChangesStatusAndAddsASystemNote()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithStatus(TicketStatus.Open).WithVersion(2).Build());
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.InProgress);

        result.Succeeded.ShouldBeTrue();
        var ticket = await Database.LoadTicketAsync(1042);
        ticket.Status.ShouldBe(TicketStatus.InProgress);
        ticket.UpdatedAt.ShouldBe(Now);
        ticket.Version.ShouldBe(3);
        var note = ticket.Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(TicketNoteKind.System);
        note.AuthorName.ShouldBe(TicketTimeline.SystemAuthorName);
        note.Body.ShouldBe("Status changed from Open to In Progress by Taylor Reed.");
        note.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task GetResolveWarningAsync_SomethingStillOpen_SaysWhatAndThatResolvingDoesNotEndIt()
    {
        _guard.GetCloseBlockerAsync(7, Arg.Any<CancellationToken>()).Returns("Close TeamViewer service case s12-345-678 before closing this ticket.");

        var warning = await CreateWorkflow().GetResolveWarningAsync(Technician(), 7);

        warning.ShouldNotBeNull();
        warning.ShouldStartWith("Close TeamViewer service case s12-345-678");
        warning.ShouldContain("does not end it");
    }

    [Fact]
    public async Task GetResolveWarningAsync_NothingOpen_IsNull()
    {
        (await CreateWorkflow().GetResolveWarningAsync(Technician(), 7)).ShouldBeNull();
    }

    [Fact]
    public async Task ChangeStatusAsync_OpenToOnHold_RecordsAnAuditEntryWithTheChange()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithStatus(TicketStatus.Open).Build());

        await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.OnHold);

        await using var db = Database.CreateDbContext();
        var entry = (await db.AuditEntries.ToListAsync()).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditActions.TicketStatusChanged);
        entry.ActorName.ShouldBe("Taylor Reed");
        entry.TicketNumber.ShouldBe(1042);
        entry.Details.ShouldBe("Status: On Hold (was Open)");
    }

    [Fact]
    public async Task ChangeStatusAsync_ToClosed_SetsClosedAt()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithStatus(TicketStatus.Resolved).Build());

        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.Closed);

        result.Succeeded.ShouldBeTrue();
        var ticket = await Database.LoadTicketAsync(1042);
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task ChangeStatusAsync_Success_PublishesTheChange()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());

        await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.OnHold);

        var ticket = await Database.LoadTicketAsync(1042);
        Events.All.ShouldBe([new TicketChanged(ticket.Id)]);
    }

    [Fact]
    public async Task ChangeStatusAsync_CloseBlockedByGuard_ReturnsItsMessageAndChangesNothing()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithStatus(TicketStatus.InProgress).WithVersion(4).Build());
        const string blocker = "Close TeamViewer service case s12-345-678 before closing this ticket.";
        _guard.GetCloseBlockerAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(blocker);
        var before = await Database.LoadTicketAsync(1042);

        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.Closed);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(blocker);
        var after = await Database.LoadTicketAsync(1042);
        after.Status.ShouldBe(TicketStatus.InProgress);
        after.ClosedAt.ShouldBeNull();
        after.Version.ShouldBe(before.Version);
        after.UpdatedAt.ShouldBe(before.UpdatedAt);
        after.Notes.ShouldBeEmpty();
        Events.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangeStatusAsync_CloseNotBlocked_AsksTheGuardAboutThisTicket()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var ticket = await Database.LoadTicketAsync(1042);

        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.Closed);

        result.Succeeded.ShouldBeTrue();
        await _guard.Received(1).GetCloseBlockerAsync(ticket.Id, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task ChangeStatusAsync_MoveOtherThanClose_DoesNotAskTheGuards()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());

        await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.Resolved);

        await _guard.DidNotReceiveWithAnyArgs().GetCloseBlockerAsync(default, default);
    }

    [Fact]
    public async Task ChangeStatusAsync_ClosedToInProgress_RefusedWithAReason()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithStatus(TicketStatus.Closed).Build());

        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.InProgress);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("A ticket that is Closed cannot move to In Progress.");
        (await Database.LoadTicketAsync(1042)).Status.ShouldBe(TicketStatus.Closed);
    }

    [Fact]
    public async Task ChangeStatusAsync_ClosedToOpen_ReopensAndClearsClosedAt()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithStatus(TicketStatus.Closed).Build());

        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 1042, TicketStatus.Open);

        result.Succeeded.ShouldBeTrue();
        var ticket = await Database.LoadTicketAsync(1042);
        ticket.Status.ShouldBe(TicketStatus.Open);
        ticket.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public async Task ChangeStatusAsync_UnknownTicket_FailsWithItsNumber()
    {
        var result = await CreateWorkflow().ChangeStatusAsync(Technician(), 9999, TicketStatus.Closed);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Ticket #9999 does not exist.");
    }

    [Fact]
    public async Task ChangeStatusAsync_Supervisor_ThrowsAccessDeniedAndChangesNothing()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var supervisor = PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

        await Should.ThrowAsync<AccessDeniedException>(() => CreateWorkflow().ChangeStatusAsync(supervisor, 1042, TicketStatus.Closed));

        (await Database.LoadTicketAsync(1042)).Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public async Task ChangeStatusAsync_Admin_IsAllowed()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        var result = await CreateWorkflow().ChangeStatusAsync(admin, 1042, TicketStatus.Resolved);

        result.Succeeded.ShouldBeTrue();
        (await Database.LoadTicketAsync(1042)).Notes.ShouldHaveSingleItem().Body.ShouldEndWith("by Alex Morgan.");
    }

    private System.Security.Claims.ClaimsPrincipal Technician() =>
        PrincipalBuilder.Technician().For(Database.Technician).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : TicketWorkflowTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TicketWorkflowTests(database), IClassFixture<PostgresTestDatabase>;
}
