using BossRemote.Core.Settings;
using Microsoft.AspNetCore.Mvc;

namespace BossRemote.Web.Branding;

public static class BrandingEndpoints
{
    public const string LogoPath = "/branding/logo";

    /// <summary>The company logo, for pages anyone may see (the customer page of a session); 404 without one.</summary>
    public static IEndpointRouteBuilder MapBrandingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LogoPath, async ([FromServices] BrandingService branding, HttpContext context, CancellationToken cancellationToken) =>
        {
            var logo = await branding.GetLogoAsync(cancellationToken);
            if (logo is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=300";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(logo.Content, logo.ContentType);
        }).AllowAnonymous();
        return endpoints;
    }
}
