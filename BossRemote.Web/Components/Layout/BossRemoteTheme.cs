using MudBlazor;

namespace BossRemote.Web.Components.Layout;

internal static class BossRemoteTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e3a5f",
            Secondary = "#2d6a9f",
            AppbarBackground = "#1e3a5f",
            Background = "#f4f6f9",
        },
    };
}
