using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Tickets;

/// <summary>The ticket page's read: the ticket and the latest part of its timeline, with how much is left.</summary>
public abstract class TicketReaderTests(TestDatabase database) : DatabaseTestBase(database)
{
    private TicketReader CreateReader() => new(Database.Factory, Access, new SharedReads());

    [Fact]
    public async Task GetAsync_MoreNotesThanAPage_LatestPageOldestFirstAndTheCount()
    {
        var ticketId = await TicketWithNotesAsync(TicketReader.NotesPerPage + 5);

        var details = await CreateReader().GetAsync(Technician(), 1042);

        details.ShouldNotBeNull();
        details.Id.ShouldBe(ticketId);
        details.NoteCount.ShouldBe(TicketReader.NotesPerPage + 5);
        details.OlderNotes.ShouldBe(5);
        details.Notes.Select(n => n.Body).ShouldBe(Enumerable.Range(6, TicketReader.NotesPerPage).Select(i => $"Note {i}"));
    }

    [Fact]
    public async Task GetAsync_AskedForMoreThanThereAre_EveryNoteAndNoneOlder()
    {
        await TicketWithNotesAsync(TicketReader.NotesPerPage + 5);

        var details = await CreateReader().GetAsync(Technician(), 1042, notes: 2 * TicketReader.NotesPerPage);

        details!.Notes.Count.ShouldBe(TicketReader.NotesPerPage + 5);
        details.Notes[0].Body.ShouldBe("Note 1");
        details.OlderNotes.ShouldBe(0);
    }

    [Fact]
    public async Task GetAsync_NoNotes_EmptyTimeline()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());

        var details = await CreateReader().GetAsync(Technician(), 1042);

        details!.Notes.ShouldBeEmpty();
        details.NoteCount.ShouldBe(0);
    }

    [Fact]
    public async Task GetAsync_NoReadPermission_Refused()
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());

        await Should.ThrowAsync<AccessDeniedException>(() => CreateReader().GetAsync(PrincipalBuilder.Anonymous(), 1042));
    }

    private async Task<int> TicketWithNotesAsync(int count)
    {
        await Database.AddAsync(new TicketBuilder().WithNumber(1042).Build());
        var ticket = await Database.LoadTicketAsync(1042);
        var timeline = new TicketTimeline(Database.Factory, Access, Clock);
        for (var i = 1; i <= count; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await timeline.AddSystemNoteAsync(ticket.Id, $"Note {i}");
        }

        return ticket.Id;
    }

    private System.Security.Claims.ClaimsPrincipal Technician() =>
        PrincipalBuilder.Technician().For(Database.Technician).Build();

    public sealed class OnSqlite(SqliteTestDatabase database) : TicketReaderTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : TicketReaderTests(database), IClassFixture<PostgresTestDatabase>;
}
