using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.TeamViewerSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>
/// Raw HTTP calls to the simulator's API, to check the wire format itself (status, headers, JSON names). They carry the
/// installation key from the app's own services, as the app's client does (ADR-017), unless a test sends another.
/// </summary>
internal sealed class SimulatorApiClient(KestrelApp app, string? token) : IDisposable
{
    private readonly HttpClient _http = app.CreateHttpClient();

    public string ApiBase { get; } = app.BaseUrl + SimulatorRoutes.ApiBase;

    public Task<HttpResponseMessage> GetAsync(string path, string? withToken = null) => SendAsync(HttpMethod.Get, path, null, withToken);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, JsonContent.Create(body));

    public Task<HttpResponseMessage> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, JsonContent.Create(body));

    public Task<HttpResponseMessage> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>Creates a session in group BOSS and returns its JSON.</summary>
    public async Task<JsonObject> CreateSessionAsync(object? body = null)
    {
        var response = await PostAsync("sessions", body ?? new { groupname = "BOSS" });
        response.EnsureSuccessStatusCode();
        return await ReadObjectAsync(response);
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public void Dispose() => _http.Dispose();

    /// <param name="installationKey">The key to send: <see langword="null"/> for this installation's, empty for none.</param>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, HttpContent? content, string? withToken = null, string? installationKey = null)
    {
        var request = new HttpRequestMessage(method, $"{ApiBase}/{path}") { Content = content };
        if ((withToken ?? token) is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        installationKey ??= await app.Services.GetRequiredService<SimulatorInstallationKey>().GetAsync();
        if (installationKey.Length > 0)
        {
            request.Headers.Add(SimulatorInstallationKey.HeaderName, installationKey);
        }

        return await _http.SendAsync(request);
    }
}
