using AngleSharp.Dom;
using BossRemote.Core.Common;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Tickets.Components;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BossRemote.Tests.Web.Components.Tickets;

public class NoteEntryTests : BunitTestBase
{
    private readonly List<string> _added = [];

    [Fact]
    public void AddButton_NothingTyped_IsDisabled()
    {
        var cut = RenderNoteEntry(OperationResult.Success);

        AddButton(cut).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public void AddButton_OnlyWhitespaceTyped_IsDisabled()
    {
        var cut = RenderNoteEntry(OperationResult.Success);

        cut.Find(TestId("note-text")).Input("   ");

        AddButton(cut).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public void AddButton_TextTyped_IsEnabled()
    {
        var cut = RenderNoteEntry(OperationResult.Success);

        cut.Find(TestId("note-text")).Input("Called the user.");

        AddButton(cut).IsDisabled().ShouldBeFalse();
    }

    [Fact]
    public async Task Add_Succeeds_PassesTheTextAndClearsTheBox()
    {
        var cut = RenderNoteEntry(OperationResult.Success);
        cut.Find(TestId("note-text")).Input("Called the user.");

        await AddButton(cut).ClickAsync(new());

        _added.ShouldBe(["Called the user."]);
        NoteText(cut).ShouldBeEmpty();
        cut.FindAll(TestId("note-error")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_Fails_ShowsTheErrorAndKeepsTheText()
    {
        var cut = RenderNoteEntry(OperationResult.Fail("Ticket #1042 does not exist."));
        cut.Find(TestId("note-text")).Input("Called the user.");

        await AddButton(cut).ClickAsync(new());

        cut.Find(TestId("note-error")).TextContent.ShouldContain("Ticket #1042 does not exist.");
        NoteText(cut).ShouldBe("Called the user.");
        AddButton(cut).IsDisabled().ShouldBeFalse();
    }

    [Fact]
    public async Task Add_AfterAFailure_ASuccessClearsTheError()
    {
        var results = new Queue<OperationResult>([OperationResult.Fail("Try again."), OperationResult.Success]);
        var cut = Render<NoteEntry>(p => p.Add(c => c.OnAdd, text => Task.FromResult(results.Dequeue())));
        cut.Find(TestId("note-text")).Input("Called the user.");
        await AddButton(cut).ClickAsync(new());

        await AddButton(cut).ClickAsync(new());

        cut.FindAll(TestId("note-error")).ShouldBeEmpty();
        NoteText(cut).ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_SecondClickWhileTheFirstIsSaving_SavesOnce()
    {
        var pending = new TaskCompletionSource<OperationResult>();
        var calls = 0;
        var cut = Render<NoteEntry>(p => p.Add(c => c.OnAdd, _ =>
        {
            calls++;
            return pending.Task;
        }));
        cut.Find(TestId("note-text")).Input("Called the user.");
        AddButton(cut).Click();

        AddButton(cut).Click();
        await cut.InvokeAsync(() => pending.SetResult(OperationResult.Success));

        calls.ShouldBe(1);
        NoteText(cut).ShouldBeEmpty();
    }

    [Fact]
    public void Add_WhileSaving_DisablesTheButtonAndTheBox()
    {
        var pending = new TaskCompletionSource<OperationResult>();
        var cut = Render<NoteEntry>(p => p.Add(c => c.OnAdd, _ => pending.Task));
        cut.Find(TestId("note-text")).Input("Called the user.");

        AddButton(cut).Click();

        AddButton(cut).IsDisabled().ShouldBeTrue();
        cut.Find(TestId("note-text")).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public void Render_ThePageRendersAgain_KeepsTheTypedTextWithoutRendering()
    {
        var cut = RenderNoteEntry(OperationResult.Success);
        cut.Find(TestId("note-text")).Input("Called the user.");
        var renders = cut.RenderCount;

        cut.Render(p => p.Add(c => c.OnAdd, _ => Task.FromResult(OperationResult.Success)));

        cut.RenderCount.ShouldBe(renders);
        NoteText(cut).ShouldBe("Called the user.");
        cut.Find(TestId("note-text")).Input("Called the user again.");
        AddButton(cut).IsDisabled().ShouldBeFalse();
        cut.RenderCount.ShouldBe(renders + 1);
    }

    [Fact]
    public async Task Add_ThePageRendersForTheSavedNote_TheNextNoteTypedEnablesAdd()
    {
        // As on the ticket page: the saved note is a change of the ticket, so the page renders in the same batch as the box.
        var page = Render<RenderingPage>();
        var box = page.FindComponent<NoteEntry>();
        box.Find(TestId("note-text")).Input("Called the user.");
        await AddButton(box).ClickAsync(new());
        page.Instance.Added.ShouldBe(["Called the user."]);

        box.Find(TestId("note-text")).Input("Called again.");

        AddButton(box).IsDisabled().ShouldBeFalse();
        box.Find(".mud-input-helper-text").TextContent.ShouldStartWith("13 /");
    }

    private IRenderedComponent<NoteEntry> RenderNoteEntry(OperationResult result) =>
        Render<NoteEntry>(p => p.Add(c => c.OnAdd, text =>
        {
            _added.Add(text);
            return Task.FromResult(result);
        }));

    private static IElement AddButton(IRenderedComponent<NoteEntry> cut) => cut.Find(TestId("note-add"));

    private static string NoteText(IRenderedComponent<NoteEntry> cut) =>
        cut.Find(TestId("note-text")).GetAttribute("value") ?? "";

    /// <summary>A page around the box that renders when a note is saved, as the ticket page does for its ticket's change.</summary>
    private sealed class RenderingPage : ComponentBase
    {
        public List<string> Added { get; } = [];

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<NoteEntry>(0);
            builder.AddComponentParameter(1, nameof(NoteEntry.OnAdd), (Func<string, Task<OperationResult>>)AddAsync);
            builder.CloseComponent();
        }

        private Task<OperationResult> AddAsync(string text)
        {
            Added.Add(text);
            StateHasChanged();
            return Task.FromResult(OperationResult.Success);
        }
    }
}
