using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using NSubstitute;

namespace BossRemote.Tests.Core.Tickets;

public abstract class TicketTimelineTests(TestDatabase database) : DatabaseTestBase(database)
{
    private TicketTimeline CreateTimeline() => new(Database.Factory, Access, Clock);

    [Fact]
    public async Task AddNoteAsync_Text_AddsATrimmedTechnicianNoteInTheAuthorsName()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).WithVersion(1).Build());
        Clock.Advance(TimeSpan.FromHours(1));

        var result = await CreateTimeline().AddNoteAsync(Technician(), 1042, "  Called the user; reproduced it.  ");

        result.Succeeded.ShouldBeTrue();
        var ticket = await Database.LoadTicketAsync(1042);
        var note = ticket.Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(TicketNoteKind.Technician);
        note.Body.ShouldBe("Called the user; reproduced it.");
        note.AuthorId.ShouldBe(Database.Technician.Id);
        note.AuthorName.ShouldBe("Taylor Reed");
        note.CreatedAt.ShouldBe(Now);
        ticket.UpdatedAt.ShouldBe(Now);
        ticket.Version.ShouldBe(2);
        Events.All.ShouldBe([new TicketChanged(ticket.Id)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task AddNoteAsync_EmptyText_FailsAndAddsNothing(string body)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());

        var result = await CreateTimeline().AddNoteAsync(Technician(), 1042, body);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Write something before adding the note.");
        (await Database.LoadTicketAsync(1042)).Notes.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddNoteAsync_TextOverMaxLength_FailsAndAddsNothing()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());

        var result = await CreateTimeline().AddNoteAsync(Technician(), 1042, new string('x', TicketNote.BodyMaxLength + 1));

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe($"A note can be at most {TicketNote.BodyMaxLength} characters.");
        (await Database.LoadTicketAsync(1042)).Notes.ShouldBeEmpty();
        Events.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddNoteAsync_TextAtMaxLength_IsStoredWhole()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var body = new string('x', TicketNote.BodyMaxLength);

        var result = await CreateTimeline().AddNoteAsync(Technician(), 1042, body);

        result.Succeeded.ShouldBeTrue();
        (await Database.LoadTicketAsync(1042)).Notes.ShouldHaveSingleItem().Body.Length.ShouldBe(TicketNote.BodyMaxLength);
    }

    [Fact]
    public async Task AddNoteAsync_UnknownTicket_FailsWithItsNumber()
    {
        var result = await CreateTimeline().AddNoteAsync(Technician(), 4040, "Hello");

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Ticket #4040 does not exist.");
    }

    [Fact]
    public async Task AddNoteAsync_Supervisor_ThrowsAccessDeniedAndAddsNothing()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var supervisor = PrincipalBuilder.Supervisor().For(Database.Supervisor).Build();

        await Should.ThrowAsync<AccessDeniedException>(() => CreateTimeline().AddNoteAsync(supervisor, 1042, "Looks fine to me"));

        (await Database.LoadTicketAsync(1042)).Notes.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddSystemNoteAsync_OverlongBody_StoresATruncatedSystemNote()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var ticket = await Database.LoadTicketAsync(1042);

        await CreateTimeline().AddSystemNoteAsync(ticket.Id, new string('s', TicketNote.BodyMaxLength + 50));

        var note = (await Database.LoadTicketAsync(1042)).Notes.ShouldHaveSingleItem();
        note.Kind.ShouldBe(TicketNoteKind.System);
        note.AuthorName.ShouldBe(TicketTimeline.SystemAuthorName);
        note.AuthorId.ShouldBeNull();
        note.Body.Length.ShouldBe(TicketNote.BodyMaxLength);
    }

    private System.Security.Claims.ClaimsPrincipal Technician() =>
        PrincipalBuilder.Technician().For(Database.Technician).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : TicketTimelineTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TicketTimelineTests(database), IClassFixture<PostgresTestDatabase>;
}
