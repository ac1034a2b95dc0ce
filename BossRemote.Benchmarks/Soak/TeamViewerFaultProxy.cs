using System.Net;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// A reverse proxy on loopback between the app's TeamViewer client and the built-in simulator: real HTTP on both sides,
/// with the faults <see cref="SoakFaults"/> chooses — refused, dropped, hanging, or carried out with the answer lost —
/// which the simulator's own knobs (limits, delays) do not offer. The app's client is pointed here instead of at
/// the simulator; the simulator stays on the app's own address, as in production.
/// </summary>
internal sealed class TeamViewerFaultProxy : IAsyncDisposable
{
    private static readonly string[] ForwardedRequestHeaders = ["Authorization", "Accept", SimulatorInstallationKey.HeaderName];

    private readonly WebApplication _server;
    private readonly SoakFaults _faults;
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private TeamViewerFaultProxy(WebApplication server, SoakFaults faults)
    {
        _server = server;
        _faults = faults;
    }

    /// <summary>Where the app's client sends its calls (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app instance whose simulator answers (changes with every restart).</summary>
    public string? Target { get; set; }

    public static async Task<TeamViewerFaultProxy> StartAsync(SoakFaults faults)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = builder.Build();
        var proxy = new TeamViewerFaultProxy(server, faults);
        server.Run(proxy.ForwardAsync);
        await server.StartAsync();
        proxy.BaseUrl = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        _upstream.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var fault = _faults.ForTeamViewerCall(context.Request.Method);
        switch (fault)
        {
            case TeamViewerFault.Refuse:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsJsonAsync(new { error = "internal_error", error_description = "Service unavailable (soak).", error_code = 503 });
                return;
            case TeamViewerFault.Drop:
                context.Abort();
                return;
            case TeamViewerFault.Hang:
                await HangAsync(context);
                return;
        }

        using var upstream = await SendUpstreamAsync(context);
        switch (fault)
        {
            case TeamViewerFault.LoseAnswer:
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return;
            case TeamViewerFault.Crash:
                _faults.Crash();
                context.Abort();
                return;
        }

        context.Response.StatusCode = (int)upstream.StatusCode;
        foreach (var (name, values) in upstream.Content.Headers.Concat(upstream.Headers))
        {
            if (name is "Content-Type" or "Location" or "WWW-Authenticate")
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await upstream.Content.CopyToAsync(context.Response.Body);
    }

    private async Task<HttpResponseMessage> SendUpstreamAsync(HttpContext context)
    {
        var target = Target ?? throw new InvalidOperationException("No app instance to forward to.");
        var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target + context.Request.Path + context.Request.QueryString);
        foreach (var name in ForwardedRequestHeaders)
        {
            if (context.Request.Headers.TryGetValue(name, out var values))
            {
                request.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        if (context.Request.ContentLength > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
        {
            var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            body.Position = 0;
            request.Content = new StreamContent(body);
            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        // Not the caller's cancellation: a call that reached TeamViewer is carried out there whatever the caller does.
        return await _upstream.SendAsync(request, HttpCompletionOption.ResponseContentRead);
    }

    private static async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // the client gave up, as it should
        }

        context.Abort();
    }
}
