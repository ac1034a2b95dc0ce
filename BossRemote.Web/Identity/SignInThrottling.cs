using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.RateLimiting;

namespace BossRemote.Web.Identity;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form's POST (<see cref="SignInThrottle"/> has the limits). A refused
/// attempt gets 429 with <c>Retry-After</c> and the sign-in page with a message; its password is not checked, nothing is
/// counted against the account, no cookie is set.
/// </summary>
public static class SignInThrottling
{
    /// <summary>Set on a request the limiter refused, for the sign-in page to show why instead of trying the password.</summary>
    public const string ThrottledItem = "BossRemote.SignInThrottled";

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services)
    {
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<SignInThrottle>((options, throttle) => options.GlobalLimiter = throttle.CreateLimiter());
        return services;
    }

    /// <summary>After antiforgery (the refused page is rendered again, as a form POST).</summary>
    public static WebApplication UseSignInThrottling(this WebApplication app)
    {
        // The partitions need the e-mail address, and the limiter asks for them synchronously: read the form first —
        // unless antiforgery refused it (the form may not be read then; the page answers 400 without reading it).
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.GetEndpoint()?.Metadata.GetMetadata<ThrottleSignInAttribute>() is not null
                && context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false }
                && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var attempt = SignInAttempt.From(context);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottling))
            .LogWarning("Sign-in throttled for {Account} from {Address}", attempt?.Account, attempt?.Address);
        // Sliding windows do not say when a permit frees up; the earliest is one segment of the shortest window.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : SignInThrottle.EarliestRetry;
        context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);

        context.Items[ThrottledItem] = true;
        if (context.GetEndpoint()?.RequestDelegate is { } page)
        {
            await page(context);
        }
    }
}
