using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// The one base for component tests: MudBlazor's services, loose JS interop (MudBlazor calls into JS that a test
/// has no browser for), and a popover provider for menus and selects, which render their items through it.
/// Disposal is asynchronous because some MudBlazor services can only be disposed that way.
/// </summary>
public abstract class BunitTestBase : BunitContext, IAsyncLifetime
{
    protected BunitTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    /// <summary>Renders the popover host first, so menus and selects rendered after it can open.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();

    /// <summary>An element by its <c>data-testid</c>.</summary>
    protected static string TestId(string id) => $"[data-testid='{id}']";

    /// <summary>A callback that records each value it is given.</summary>
    protected EventCallback<T> Recorder<T>(List<T> received) =>
        EventCallback.Factory.Create<T>(this, value => received.Add(value));
}
