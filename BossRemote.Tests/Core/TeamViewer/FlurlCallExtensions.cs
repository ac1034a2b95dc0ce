using System.Text.Json.Nodes;
using Flurl.Http;

namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>Reads what the client actually sent, so tests can assert on it with Shouldly.</summary>
internal static class FlurlCallExtensions
{
    /// <summary>The <c>Authorization</c> header, or <see langword="null"/> when none was sent.</summary>
    public static string? Authorization(this FlurlCall call) =>
        call.Request.Headers.TryGetFirst("Authorization", out var value) ? value : null;

    /// <summary>The query parameters as sent, decoded, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Query(this FlurlCall call) =>
        call.Request.Url.QueryParams.Select(p => KeyValuePair.Create(p.Name, p.Value?.ToString() ?? "")).ToList();

    /// <summary>The request went to <paramref name="path"/> (below <c>/api/v1</c>) with <paramref name="verb"/>.</summary>
    public static void ShouldBeRequest(this FlurlCall call, HttpMethod verb, string path)
    {
        call.Request.Verb.ShouldBe(verb);
        call.Request.Url.Root.ShouldBe("https://webapi.teamviewer.com");
        call.Request.Url.Path.ShouldBe("/api/v1/" + path);
    }

    /// <summary>The body is exactly this JSON: the same names and values, nothing more (property order aside).</summary>
    public static void ShouldHaveJsonBody(this FlurlCall call, string expectedJson)
    {
        var actual = JsonNode.Parse(call.RequestBody ?? "null");
        var expected = JsonNode.Parse(expectedJson);
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"the body was {call.RequestBody}, expected {expectedJson}");
    }
}
