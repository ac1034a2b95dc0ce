namespace BossRemote.Web.Components.Shared;

/// <summary>
/// Decides which addresses a page whose state lives in its query string should act on. A choice made on the page is
/// shown at once and then written to the address, which comes back a moment later (its echo, ignored); a re-render
/// with an address that did not change is ignored too. Only an address the page did not write itself — a bookmark,
/// Back, Forward — is followed. An address it ignores has nothing new to show, so the page need not render for it
/// (<see cref="ShouldRender"/>): that render could also wipe text typed but not yet committed in a MudBlazor field.
/// </summary>
public sealed class AddressFollower
{
    private readonly Queue<string> _chosenHere = new();
    private string? _seen;
    private bool _ignoredLast;

    /// <summary>
    /// For the page's <c>ShouldRender</c>: false once, for the render that follows an address <see cref="ShouldFollow"/>
    /// ignored; true otherwise.
    /// </summary>
    public bool ShouldRender()
    {
        var render = !_ignoredLast;
        _ignoredLast = false;
        return render;
    }

    /// <summary>
    /// For the page's <c>OnAfterRender</c>: the page rendered, so a skip still pending is spent. When an ignored address
    /// comes while the page has a render of its own queued, ComponentBase does not ask <see cref="ShouldRender"/>, and the
    /// skip would otherwise swallow the page's next render of its own.
    /// </summary>
    public void Rendered() => _ignoredLast = false;

    /// <summary>The page chose <paramref name="address"/> and is about to navigate to it.</summary>
    public void ChoseHere(string address) => _chosenHere.Enqueue(address);

    /// <summary>Whether the page should show what <paramref name="address"/> asks for.</summary>
    public bool ShouldFollow(string address)
    {
        var follow = Decide(address);
        _ignoredLast = !follow;
        return follow;
    }

    private bool Decide(string address)
    {
        if (address == _seen)
        {
            return false;
        }

        _seen = address;
        if (!_chosenHere.Contains(address))
        {
            return true;
        }

        // An echo; earlier echoes that never came (superseded navigations) go with it.
        string echoed;
        do
        {
            echoed = _chosenHere.Dequeue();
        }
        while (echoed != address);

        return false;
    }
}
