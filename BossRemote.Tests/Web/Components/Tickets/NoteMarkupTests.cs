using BossRemote.Core.Tickets;
using BossRemote.Web.Components.Pages.Tickets.Components;
using BossRemote.Web.TimeZones;

namespace BossRemote.Tests.Web.Components.Tickets;

/// <summary>A timeline note as one piece of markup: encoded, and shared while it is the same note in the same zone.</summary>
public sealed class NoteMarkupTests
{
    private static readonly DateTime At = new(2026, 3, 10, 14, 5, 0, DateTimeKind.Utc);

    [Fact]
    public void Build_TextFromPeople_IsEncodedEverywhere()
    {
        var note = new TicketNoteView(1, TicketNoteKind.Technician, "<img src=x onerror=alert(1)>", "\"><script>alert(2)</script>", At);

        var html = NoteMarkup.Build(note, Zone("Europe/Berlin"));

        html.ShouldNotContain("<img");
        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        html.ShouldContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    }

    [Fact]
    public void For_SameNoteAndZone_SharesOneMarkupAcrossPages()
    {
        var first = NoteMarkup.For(new TicketNoteView(2, TicketNoteKind.Technician, "Maria Garcia", "Called the user.", At), Zone("Europe/Berlin"));
        var again = NoteMarkup.For(new TicketNoteView(2, TicketNoteKind.Technician, "Maria Garcia", "Called the user.", At), Zone("Europe/Berlin"));

        ReferenceEquals(first.Value, again.Value).ShouldBeTrue();
    }

    [Fact]
    public void For_TheCaseEndedOrAnotherZone_IsNewMarkup()
    {
        var open = new TicketNoteCase("s123-456-789", At, At.AddDays(1), null, null);
        var started = new TicketNoteView(3, TicketNoteKind.System, "BossRemote", "TeamViewer service case s123-456-789 started.", At, open);

        var berlin = NoteMarkup.For(started, Zone("Europe/Berlin")).Value;
        var ended = NoteMarkup.For(started with { Case = open with { End = At.AddMinutes(40) } }, Zone("Europe/Berlin")).Value;
        var kathmandu = NoteMarkup.For(started, Zone("Asia/Kathmandu")).Value;

        berlin.ShouldContain("Valid until");
        ended.ShouldContain("Duration 40 min 00 s");
        System.Net.WebUtility.HtmlDecode(kathmandu).ShouldContain("(Asia/Kathmandu, UTC+05:45)");
    }

    private static ViewerTimeZone Zone(string id)
    {
        var zone = new ViewerTimeZone();
        zone.TrySet(id).ShouldBeTrue();
        return zone;
    }
}
