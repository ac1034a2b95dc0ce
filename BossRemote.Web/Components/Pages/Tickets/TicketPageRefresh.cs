using BossRemote.Web.Realtime;

namespace BossRemote.Web.Components.Pages.Tickets;

/// <summary>
/// One live re-read for everything an open ticket page shows (issue 11). The page subscribes to the ticket's changes
/// once; the parts that read for themselves (the TeamViewer widget) join it here and re-read beside the page. A change
/// that touches the page and a part (Play: a new note and the running case) then reaches the browser as one render
/// batch — one message and one frame on each of fifty watching pages — instead of one per part.
/// </summary>
public sealed class TicketPageRefresh
{
    private Part[] _parts = [];

    /// <summary>Joins a part until the returned handle is disposed.</summary>
    /// <param name="reread">Reads the part's state again without rendering it; true when it has something new to show.</param>
    /// <param name="renderNews">Renders the part on its own if it has something new that it has not shown yet.</param>
    public IDisposable Join(Func<Task<bool>> reread, Action renderNews)
    {
        var part = new Part(reread, renderNews);
        _parts = [.. _parts, part];
        return new Subscription(() => _parts = [.. _parts.Where(p => p != part)]);
    }

    /// <summary>Every part re-reads, side by side.</summary>
    /// <returns>Whether any part has something new to show.</returns>
    public async Task<bool> RereadAsync()
    {
        var news = await Task.WhenAll(_parts.Select(p => p.Reread()));
        return news.Any(n => n);
    }

    /// <summary>
    /// For a change the page itself does not show: each part with something new renders on its own. (When the page
    /// renders, its parts show their news within the page's render.)
    /// </summary>
    public void RenderNews()
    {
        foreach (var part in _parts)
        {
            part.RenderNews();
        }
    }

    private sealed record Part(Func<Task<bool>> Reread, Action RenderNews);
}
