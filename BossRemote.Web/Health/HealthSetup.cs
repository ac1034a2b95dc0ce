using System.Text.Json;
using BossRemote.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BossRemote.Web.Health;

/// <summary>
/// <c>GET /healthz</c> (SPEC §5): 200 only when the database answers and the app has prepared it; 503 otherwise. A
/// degraded relay (Redis away) is reported but keeps the 200: the instance still works. Until the database is ready,
/// every other request gets a 503 page too, so nothing runs against a schema that may be old or a server that is away.
/// </summary>
public static class HealthSetup
{
    public const string Path = "/healthz";

    public static IServiceCollection AddBossRemoteHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadinessHealthCheck>("startup")
            .AddDbContextCheck<BossRemoteDbContext>("database");
        return services;
    }

    public static IApplicationBuilder UseDatabaseReadinessGate(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<DatabaseReadiness>();
        return app.Use(async (context, next) =>
        {
            if (readiness.IsReady || context.Request.Path.StartsWithSegments(Path))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"BossRemote is not available yet. {readiness.Problem} It tries again by itself; reload in a few seconds.");
        });
    }

    public static IEndpointConventionBuilder MapBossRemoteHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();

    /// <summary>The overall status and each check's, so an operator sees which part is down.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
