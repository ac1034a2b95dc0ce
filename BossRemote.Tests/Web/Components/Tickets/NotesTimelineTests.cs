using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Tickets.Components;
using BossRemote.Web.TimeZones;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Web.Components.Tickets;

/// <summary>The timeline: newest first, times in the viewer's zone, and older notes on request.</summary>
public sealed class NotesTimelineTests : BunitTestBase
{
    // 10 March 2026, 14:05 UTC: 15:05 in Berlin, the viewer's zone here.
    private static readonly DateTime At = new(2026, 3, 10, 14, 5, 0, DateTimeKind.Utc);

    public NotesTimelineTests()
    {
        var viewer = new ViewerTimeZone();
        viewer.TrySet("Europe/Berlin");
        Services.AddSingleton(viewer);
    }

    [Fact]
    public void Render_Notes_NewestFirstWithAuthorAndLocalTime()
    {
        var cut = RenderTimeline([Note(1, "Called the user.", At), Note(2, "Rebooted the dock.", At.AddMinutes(10))]);

        var notes = cut.FindAll(TestId("ticket-note"));
        notes.Select(n => n.QuerySelector(".br-note-body")!.TextContent).ShouldBe(["Rebooted the dock.", "Called the user."]);
        notes[1].QuerySelector("h6")!.TextContent.ShouldBe("Maria Garcia");
        var time = notes[1].QuerySelector("time")!;
        time.TextContent.ShouldBe("10 Mar 2026, 15:05");
        time.GetAttribute("title").ShouldBe("10 Mar 2026, 15:05 (Europe/Berlin, UTC+01:00)");
    }

    [Fact]
    public void Render_EndedCaseNote_StartEndDurationAndConnectedTimeInTheViewersZone()
    {
        var ended = new TicketNoteView(7, TicketNoteKind.System, "BossRemote", "TeamViewer service case s123-456-789 closed by Maria Garcia.\nStart …",
            At.AddMinutes(40), new TicketNoteCase("s123-456-789", At, At.AddHours(24), At.AddMinutes(40), 1_500));

        var cut = RenderTimeline([ended]);

        cut.Find(TestId("ticket-note-case")).TextContent.ShouldBe(
            "Start 10 Mar 2026, 15:05:00 · End 10 Mar 2026, 15:45:00 · Duration 40 min 00 s · Connected 25 min 00 s");
        cut.Find(".br-note-body").TextContent.ShouldBe("TeamViewer service case s123-456-789 closed by Maria Garcia.");
    }

    [Fact]
    public void Render_StopNoteWithWrapUp_ShowsItAsTextUnderTheTimes()
    {
        var body = "TeamViewer service case s123-456-789 closed by Maria Garcia.\nStart: 2026-03-10 14:05:00 UTC · End …\n" +
                   "Wrap-up: Cleared the queue.\n<script>alert(1)</script>";
        var ended = new TicketNoteView(7, TicketNoteKind.System, "BossRemote", body,
            At.AddMinutes(40), new TicketNoteCase("s123-456-789", At, At.AddHours(24), At.AddMinutes(40), null));

        var cut = RenderTimeline([ended]);

        var wrapUp = cut.Find(TestId("ticket-note-wrapup"));
        wrapUp.TextContent.ShouldBe("Cleared the queue.\n<script>alert(1)</script>");
        wrapUp.InnerHtml.ShouldContain("&lt;script&gt;");
        cut.FindAll("script").ShouldBeEmpty();
    }

    [Fact]
    public void Render_TechnicianNoteThatLooksLikeAWrapUp_IsJustItsText()
    {
        var cut = RenderTimeline([Note(1, "Printer jams\nWrap-up: not a case note", At)]);

        cut.FindAll(TestId("ticket-note-wrapup")).ShouldBeEmpty();
        cut.Find(".br-note-body").TextContent.ShouldBe("Printer jams\nWrap-up: not a case note");
    }

    [Fact]
    public void Render_OlderNotesNotLoaded_ShowMoreSaysHowMany()
    {
        var cut = RenderTimeline([Note(30, "Latest.", At)], olderNotes: 27);

        cut.Find(TestId("ticket-notes-more")).TextContent.Trim().ShouldBe($"Show {TicketReader.NotesPerPage} older notes (27 not shown)");
    }

    [Fact]
    public void Render_FewerOlderNotesThanAPage_ShowMoreSaysThoseAreAll()
    {
        var cut = RenderTimeline([Note(2, "Latest.", At)], olderNotes: 1);

        cut.Find(TestId("ticket-notes-more")).TextContent.Trim().ShouldBe("Show 1 older note (1 not shown)");
    }

    [Fact]
    public void Render_EveryNoteLoaded_NoShowMore()
    {
        var cut = RenderTimeline([Note(1, "Only one.", At)], olderNotes: 0);

        cut.FindAll(TestId("ticket-notes-more")).ShouldBeEmpty();
    }

    [Fact]
    public void ShowMore_Pressed_AsksThePageForMore()
    {
        var asked = 0;
        var cut = Render<NotesTimeline>(p => p
            .Add(c => c.Notes, [Note(30, "Latest.", At)])
            .Add(c => c.OlderNotes, 29)
            .Add(c => c.OnShowMore, () => asked++));

        cut.Find($"{TestId("ticket-notes-more")}").Click();

        asked.ShouldBe(1);
    }

    [Fact]
    public void Render_SameNotesAgain_NotRenderedAgain()
    {
        var notes = new[] { Note(1, "Called the user.", At) };
        var cut = RenderTimeline(notes);
        var renders = cut.RenderCount;

        cut.Render(p => p.Add(c => c.Notes, [Note(1, "Called the user.", At)]));
        cut.RenderCount.ShouldBe(renders);

        cut.Render(p => p.Add(c => c.Notes, [Note(1, "Called the user.", At), Note(2, "New.", At.AddMinutes(1))]));
        cut.RenderCount.ShouldBe(renders + 1);
        cut.FindAll(TestId("ticket-note")).Count.ShouldBe(2);
    }

    private IRenderedComponent<NotesTimeline> RenderTimeline(IReadOnlyList<TicketNoteView> notes, int olderNotes = 0) =>
        Render<NotesTimeline>(p => p.Add(c => c.Notes, notes).Add(c => c.OlderNotes, olderNotes));

    private static TicketNoteView Note(long id, string body, DateTime at) =>
        new(id, TicketNoteKind.Technician, "Maria Garcia", body, at);
}
