using System.Text.Json;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Web.TeamViewerSimulator.Api.Json;
using Microsoft.Net.Http.Headers;

namespace BossRemote.Web.TeamViewerSimulator.Api;

/// <summary>Small HTTP helpers shared by the simulator's endpoints.</summary>
internal static class SimulatorHttp
{
    private static readonly object CallerKey = new();

    /// <summary>The token of <c>Authorization: Bearer …</c> (scheme in any case), or <see langword="null"/>.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    public static void SetCaller(HttpContext context, SimulatorAccount caller) => context.Items[CallerKey] = caller;

    /// <summary>The account the bearer filter authenticated.</summary>
    public static SimulatorAccount Caller(this HttpContext context) =>
        context.Items[CallerKey] as SimulatorAccount ?? throw new InvalidOperationException("The simulator's bearer filter did not run.");

    /// <summary>The scheme, host and path base the caller used: the simulator's links and <c>Location</c> point there.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string ApiUrl(this HttpRequest request, params string[] segments) =>
        $"{request.BaseUrl()}{SimulatorRoutes.ApiBase}/{string.Join('/', segments.Select(Uri.EscapeDataString))}";

    public static IResult Error(SimulatorError error) => new SimulatorErrorResult(error);

    public static IResult Json(object body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, SimulatorJson.Options, statusCode: statusCode);

    /// <summary>Reads a JSON body; a missing or malformed one is a 400 <c>invalid_request</c>.</summary>
    public static async Task<SimulatorResult<T>> ReadBodyAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, SimulatorJson.Options, request.HttpContext.RequestAborted);
            return body is null ? SimulatorError.InvalidRequest("A JSON body is required.") : body;
        }
        catch (JsonException ex)
        {
            return SimulatorError.InvalidRequest($"The body is not valid JSON for this call: {ex.Message}");
        }
    }

    /// <summary>A query parameter given once or several times (joined with commas), or <see langword="null"/>.</summary>
    public static string? Query(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 ? string.Join(',', values.ToArray()) : null;
}
