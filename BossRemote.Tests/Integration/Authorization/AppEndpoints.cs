using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.Authorization;

/// <summary>The endpoints the running app maps, read from routing itself, keyed as <see cref="AccessRule.Key"/>.</summary>
public static class AppEndpoints
{
    public static IReadOnlyList<Endpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.ToList();

    /// <summary>Everything but the static files (which carry their own blanket rule): pages, APIs, dashboards, plumbing.</summary>
    public static IReadOnlyList<string> RoutedKeys(IServiceProvider services) =>
        All(services).Where(e => !IsStaticFile(e)).Select(KeyOf).Distinct().Order(StringComparer.Ordinal).ToList();

    public static bool IsStaticFile(Endpoint endpoint) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    public static bool AllowsAnonymous(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>"GET,POST /tickets" — the methods routing lists (<c>*</c> for any) and the route template.</summary>
    public static string KeyOf(Endpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } listed
            ? string.Join(',', listed)
            : AccessRule.AnyMethod;
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? $"(not routed: {endpoint.DisplayName})";
        return $"{methods} {route}";
    }
}
