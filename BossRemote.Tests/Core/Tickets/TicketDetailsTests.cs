using BossRemote.Core.Tickets;

namespace BossRemote.Tests.Core.Tickets;

public class TicketDetailsTests
{
    private static readonly DateTime Created = new(2026, 11, 2, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void ShowsTheSameAs_ReadAgainUnchanged_IsTrue()
    {
        var shown = Details(Note(1, "Printer jams"), Note(2, "Replaced the tray"));
        var readAgain = Details(Note(1, "Printer jams"), Note(2, "Replaced the tray"));

        shown.ShowsTheSameAs(readAgain).ShouldBeTrue();
    }

    [Fact]
    public void ShowsTheSameAs_ANewNote_IsFalse()
    {
        var shown = Details(Note(1, "Printer jams"));

        shown.ShowsTheSameAs(Details(Note(1, "Printer jams"), Note(2, "TeamViewer service case started"))).ShouldBeFalse();
    }

    [Fact]
    public void ShowsTheSameAs_ANoteWhoseCaseEnded_IsFalse()
    {
        var open = new TicketNoteCase("s12-345-678", Created, Created.AddDays(1), null, null);
        var shown = Details(Note(1, "Started") with { Case = open });

        shown.ShowsTheSameAs(Details(Note(1, "Started") with { Case = open with { End = Created.AddMinutes(5) } })).ShouldBeFalse();
    }

    [Fact]
    public void ShowsTheSameAs_AChangedField_IsFalse()
    {
        var shown = Details(Note(1, "Printer jams"));

        shown.ShowsTheSameAs(shown with { Status = TicketStatus.Resolved }).ShouldBeFalse();
        shown.ShowsTheSameAs(shown with { UpdatedAt = Created.AddMinutes(1) }).ShouldBeFalse();
        shown.ShowsTheSameAs(shown with { NoteCount = 40 }).ShouldBeFalse();
    }

    [Fact]
    public void ShowsTheSameAs_TheTicketIsGone_IsFalse() => Details().ShowsTheSameAs(null).ShouldBeFalse();

    private static TicketNoteView Note(long id, string body) => new(id, TicketNoteKind.Technician, "Taylor Reed", body, Created.AddMinutes(id));

    private static TicketDetails Details(params TicketNoteView[] notes) => new(
        7, 1007, "Printer on 3rd floor", "It jams.", "Jonas Weber", "jonas.weber@fabrikam.example", null, null, 1, "Hardware",
        TicketType.Incident, TicketPriority.Medium, TicketSource.Email, TicketStatus.Open, Created, Created, null, 1, [.. notes], notes.Length);
}
