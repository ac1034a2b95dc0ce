using Flurl.Http;

namespace BossRemote.Core.TeamViewer;

/// <summary>
/// Reads a JSON body that must be there. Flurl returns <see langword="null"/> for an empty body or a bare
/// <c>null</c>; a success without content is as unreadable as one with broken JSON.
/// </summary>
internal static class TeamViewerResponseExtensions
{
    public static async Task<T> ReceiveRequiredJsonAsync<T>(this Task<IFlurlResponse> responseTask) where T : class =>
        await (await responseTask).GetRequiredJsonAsync<T>();

    public static async Task<T> GetRequiredJsonAsync<T>(this IFlurlResponse response) where T : class =>
        await response.GetJsonAsync<T>()
        ?? throw new TeamViewerException(TeamViewerErrorKind.ServiceUnavailable, TeamViewerUserMessages.Unreadable, response.StatusCode);
}
