using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>
/// A test seam: a request with <see cref="Header"/> comes from that address, as if from another computer (the test
/// server has one client only). Runs first, like the connection itself; not <c>X-Forwarded-For</c>, which the app
/// must ignore unless forwarded headers are configured.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
