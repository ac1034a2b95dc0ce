using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Tickets;

public abstract class TicketEditorTests(TestDatabase database) : DatabaseTestBase(database)
{
    private TicketEditor CreateEditor() => new(Database.Factory, Access, new AuditLog(Database.Factory, Access, Clock), Clock);

    [Fact]
    public async Task CreateAsync_EmptyDatabase_StartsNumberingAtTheFirstNumber()
    {
        var result = await CreateEditor().CreateAsync(Technician(), new TicketInputBuilder().Build());

        result.Succeeded.ShouldBeTrue();
        result.Value.ShouldBe(TicketEditor.FirstNumber);
    }

    [Fact]
    public async Task CreateAsync_SeveralTickets_NumbersThemSequentially()
    {
        var editor = CreateEditor();

        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await editor.CreateAsync(Technician(), new TicketInputBuilder().WithSubject($"Ticket {i}").Build())).Value);
        }

        numbers.ShouldBe([1001, 1002, 1003]);
    }

    [Fact]
    public async Task CreateAsync_AfterExistingTickets_ContinuesFromTheHighestNumber()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1500).Build(), new TicketBuilder().WithNumber(1200).Build());

        var result = await CreateEditor().CreateAsync(Technician(), new TicketInputBuilder().Build());

        result.Value.ShouldBe(1501);
    }

    [Fact]
    public async Task CreateAsync_ValidInput_StoresAnOpenTicketWithTrimmedText()
    {
        var input = new TicketInputBuilder().With(i =>
        {
            i.Subject = "  Outlook keeps asking for my password ";
            i.RequesterName = " Ava Taylor ";
            i.AssignedTechnicianId = Database.Technician.Id;
        }).Build();

        var result = await CreateEditor().CreateAsync(Technician(), input);

        var ticket = await Database.LoadTicketAsync(result.Value);
        ticket.Subject.ShouldBe("Outlook keeps asking for my password");
        ticket.RequesterName.ShouldBe("Ava Taylor");
        ticket.Status.ShouldBe(TicketStatus.Open);
        ticket.AssignedTechnicianId.ShouldBe(Database.Technician.Id);
        ticket.CreatedAt.ShouldBe(Now);
        ticket.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task CreateAsync_InvalidInput_FailsAndSavesNothing()
    {
        var input = new TicketInputBuilder().With(i => i.RequesterEmail = "not-an-email").Build();

        var result = await CreateEditor().CreateAsync(Technician(), input);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(EmailAddresses.Invalid);
        await using var db = Database.CreateDbContext();
        (await db.Tickets.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_RetiredCategory_IsRefused()
    {
        var input = new TicketInputBuilder().WithCategory(Database.CategoryId(TestDatabase.RetiredCategoryName)).Build();

        var result = await CreateEditor().CreateAsync(Technician(), input);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Choose a category from the list.");
    }

    [Fact]
    public async Task CreateAsync_AssignedToASupervisor_IsRefused()
    {
        var input = new TicketInputBuilder().AssignedTo(Database.Supervisor.Id).Build();

        var result = await CreateEditor().CreateAsync(Technician(), input);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Choose a technician from the list.");
    }

    [Fact]
    public async Task CreateAsync_Supervisor_ThrowsAccessDenied()
    {
        var supervisor = PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

        await Should.ThrowAsync<AccessDeniedException>(() => CreateEditor().CreateAsync(supervisor, new TicketInputBuilder().Build()));
    }

    [Fact]
    public async Task UpdateAsync_CurrentVersion_SavesAndBumpsTheVersion()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithVersion(3).Build());
        Clock.Advance(TimeSpan.FromMinutes(30));
        var input = new TicketInputBuilder().WithSubject("Second monitor not detected").Build();

        var result = await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 3);

        result.Succeeded.ShouldBeTrue();
        var ticket = await Database.LoadTicketAsync(1042);
        ticket.Subject.ShouldBe("Second monitor not detected");
        ticket.Version.ShouldBe(4);
        ticket.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_IsRefusedAndNothingChanges()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithSubject("Original subject").WithVersion(5).Build());
        var input = new TicketInputBuilder().WithSubject("Overwritten subject").Build();

        var result = await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 4);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Someone else changed this ticket while you were editing. Reload it and try again.");
        var ticket = await Database.LoadTicketAsync(1042);
        ticket.Subject.ShouldBe("Original subject");
        ticket.Version.ShouldBe(5);
    }

    [Fact]
    public async Task UpdateAsync_KeepsARetiredCategoryTheTicketAlreadyHas()
    {
        var retired = Database.CategoryId(TestDatabase.RetiredCategoryName);
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithCategory(retired).Build());
        var input = new TicketInputBuilder().WithCategory(retired).WithSubject("Still about the fax").Build();

        var result = await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 0);

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task UpdateAsync_Supervisor_ThrowsAccessDeniedAndNothingChanges()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithSubject("Original subject").Build());
        var supervisor = PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();
        var input = new TicketInputBuilder().WithSubject("Edited by a supervisor").Build();

        await Should.ThrowAsync<AccessDeniedException>(() => CreateEditor().UpdateAsync(supervisor, 1042, input, expectedVersion: 0));

        (await Database.LoadTicketAsync(1042)).Subject.ShouldBe("Original subject");
    }

    [Fact]
    public async Task UpdateAsync_AssigneeAndPriorityChanged_AddsOneReadableSystemNote()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).AssignedTo(Database.Technician).WithPriority(TicketPriority.Medium).Build());
        var input = Unchanged().With(i =>
        {
            i.AssignedTechnicianId = Database.OtherTechnician.Id;
            i.Priority = TicketPriority.High;
        }).Build();

        var result = await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 0);

        result.Succeeded.ShouldBeTrue();
        var note = (await Database.LoadTicketAsync(1042)).Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(TicketNoteKind.System);
        note.AuthorName.ShouldBe(TicketTimeline.SystemAuthorName);
        note.CreatedAt.ShouldBe(Now);
        note.Body.ShouldBe("Changed by Taylor Reed:\nAssigned to Maria Garcia (was Taylor Reed)\nPriority: High (was Medium)");
    }

    [Fact]
    public async Task UpdateAsync_CategoryTypeSourceAndUnassigned_NamesEachChangeInWords()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).AssignedTo(Database.OtherTechnician)
            .WithCategory(Database.CategoryId("PC")).WithType(TicketType.Incident).WithSource(TicketSource.Email).Build());
        var input = Unchanged().With(i =>
        {
            i.AssignedTechnicianId = null;
            i.CategoryId = Database.CategoryId("Network");
            i.Type = TicketType.ServiceRequest;
            i.Source = TicketSource.TechnicianPortal;
        }).Build();

        await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 0);

        var note = (await Database.LoadTicketAsync(1042)).Notes.ShouldHaveSingleItem();
        note.Body.Split('\n').ShouldBe([
            "Changed by Taylor Reed:",
            "Unassigned (was Maria Garcia)",
            "Category: Network (was PC)",
            "Type: Service Request (was Incident)",
            "Source: Technician Portal (was E-mail)",
        ]);
    }

    [Fact]
    public async Task UpdateAsync_FieldsChanged_RecordsOneAuditEntryWithTheChanges()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithPriority(TicketPriority.Low).Build());
        var input = Unchanged().With(i =>
        {
            i.AssignedTechnicianId = Database.OtherTechnician.Id;
            i.Priority = TicketPriority.Urgent;
        }).Build();

        await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 0);

        await using var db = Database.CreateDbContext();
        var entry = (await db.AuditEntries.ToListAsync()).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditActions.TicketChanged);
        entry.ActorId.ShouldBe(Database.Technician.Id);
        entry.ActorName.ShouldBe("Taylor Reed");
        entry.TicketNumber.ShouldBe(1042);
        entry.At.ShouldBe(Now);
        entry.Details.ShouldBe("Assigned to Maria Garcia (was unassigned); Priority: Urgent (was Low)");
    }

    [Fact]
    public async Task UpdateAsync_NothingChanged_WritesNoNoteNoAuditAndKeepsTheVersion()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithVersion(3).Build());

        var result = await CreateEditor().UpdateAsync(Technician(), 1042, Unchanged().Build(), expectedVersion: 3);

        result.Succeeded.ShouldBeTrue();
        var ticket = await Database.LoadTicketAsync(1042);
        ticket.Notes.ShouldBeEmpty();
        ticket.Version.ShouldBe(3);
        await using var db = Database.CreateDbContext();
        (await db.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_WritesNoNoteAndNoAudit()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithVersion(5).Build());
        var input = Unchanged().With(i => i.Priority = TicketPriority.Urgent).Build();

        await CreateEditor().UpdateAsync(Technician(), 1042, input, expectedVersion: 4);

        (await Database.LoadTicketAsync(1042)).Notes.ShouldBeEmpty();
        await using var db = Database.CreateDbContext();
        (await db.AuditEntries.CountAsync()).ShouldBe(0);
    }

    /// <summary>The form as it opens for a ticket built with <see cref="TicketBuilder"/>'s defaults.</summary>
    private static TicketInputBuilder Unchanged()
    {
        var ticket = new TicketBuilder().Build();
        return new TicketInputBuilder().With(i =>
        {
            i.Subject = ticket.Subject;
            i.Description = ticket.Description;
            i.RequesterName = ticket.RequesterName;
            i.RequesterEmail = ticket.RequesterEmail;
            i.CategoryId = ticket.CategoryId;
            i.Type = ticket.Type;
            i.Priority = ticket.Priority;
            i.Source = ticket.Source;
            i.AssignedTechnicianId = ticket.AssignedTechnicianId;
        });
    }

    private System.Security.Claims.ClaimsPrincipal Technician() =>
        PrincipalBuilder.Technician().For(Database.Technician).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : TicketEditorTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TicketEditorTests(database), IClassFixture<PostgresTestDatabase>;
}
