using BossRemote.Web.Components.Pages.Tickets;

namespace BossRemote.Tests.Web.Components.Tickets;

public class TicketPageRefreshTests
{
    private readonly TicketPageRefresh _refresh = new();

    [Fact]
    public async Task RereadAsync_TwoParts_ReadSideBySide()
    {
        var first = new TaskCompletionSource<bool>();
        var second = new TaskCompletionSource<bool>();
        var started = new List<string>();
        using var a = _refresh.Join(() => { started.Add("a"); return first.Task; }, () => { });
        using var b = _refresh.Join(() => { started.Add("b"); return second.Task; }, () => { });

        var reread = _refresh.RereadAsync();

        started.ShouldBe(["a", "b"]); // the second does not wait for the first
        reread.IsCompleted.ShouldBeFalse();
        first.SetResult(false);
        second.SetResult(true);
        (await reread).ShouldBeTrue();
    }

    [Fact]
    public async Task RereadAsync_NoPartHasNews_IsFalse()
    {
        using var a = _refresh.Join(() => Task.FromResult(false), () => { });
        using var b = _refresh.Join(() => Task.FromResult(false), () => { });

        var news = await _refresh.RereadAsync();

        news.ShouldBeFalse();
    }

    [Fact]
    public void RenderNews_EveryJoinedPartIsAskedToRender()
    {
        var rendered = new List<string>();
        using var a = _refresh.Join(() => Task.FromResult(true), () => rendered.Add("a"));
        using var b = _refresh.Join(() => Task.FromResult(false), () => rendered.Add("b"));

        _refresh.RenderNews();

        rendered.ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task Join_Disposed_ThePartIsNoLongerReadNorRendered()
    {
        var calls = 0;
        var part = _refresh.Join(() => Task.FromResult(++calls > 0), () => calls++);
        part.Dispose();
        part.Dispose();

        var news = await _refresh.RereadAsync();
        _refresh.RenderNews();

        news.ShouldBeFalse();
        calls.ShouldBe(0);
    }
}
