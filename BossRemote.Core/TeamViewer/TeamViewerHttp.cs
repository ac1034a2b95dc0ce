using System.Diagnostics;
using BossRemote.Core.Common;
using BossRemote.Core.TeamViewer.Json;
using Flurl.Http;
using Flurl.Http.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewer;

/// <summary>
/// Builds and sends Flurl requests: one cached <see cref="IFlurlClient"/> per base URL (the simulator's address and
/// the live API differ), the bearer token, the endpoint's own headers (the simulator's installation key), the timeout,
/// and the mapping of every failure to
/// <see cref="TeamViewerException"/>. Flurl's <c>HttpTest</c> intercepts these clients, so tests need no seam.
/// </summary>
internal sealed class TeamViewerHttp(
    ITeamViewerEndpointResolver endpoints,
    ITeamViewerTokenProvider tokens,
    IOptionsMonitor<TeamViewerOptions> options,
    ILogger logger) : IDisposable
{
    private static readonly DefaultJsonSerializer Serializer = new(TeamViewerJson.Options);

    private readonly FlurlClientCache _clients = new();

    /// <summary>A request carrying the configured token; fails with <see cref="TeamViewerErrorKind.NotConfigured"/> without one.</summary>
    public async Task<IFlurlRequest> AuthorizedRequestAsync(CancellationToken cancellationToken, params object[] pathSegments)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new TeamViewerException(TeamViewerErrorKind.NotConfigured, TeamViewerUserMessages.NotConfigured);
        }

        return await RequestAsync(token, cancellationToken, pathSegments);
    }

    /// <summary>A request with <paramref name="token"/> (or no <c>Authorization</c> header when it is empty).</summary>
    public async Task<IFlurlRequest> RequestAsync(string? token, CancellationToken cancellationToken, params object[] pathSegments)
    {
        var baseUrl = endpoints.GetBaseUrl();
        var headers = await endpoints.GetHeadersAsync(cancellationToken);
        var request = _clients
            .GetOrAdd(baseUrl, baseUrl, builder => builder.WithSettings(settings => settings.JsonSerializer = Serializer))
            .Request()
            .WithTimeout(options.CurrentValue.RequestTimeout);
        foreach (var (name, value) in headers)
        {
            request.WithHeader(name, value);
        }

        foreach (var segment in pathSegments)
        {
            // Codes and ids may be typed by a person: each stays one segment, so "/", "?" or "#" cannot reach another
            // endpoint. Uri collapses "." and ".." even when percent-encoded, so those are refused outright.
            if (segment is "." or "..")
            {
                throw new ArgumentException($"'{segment}' is not a TeamViewer code or id.", nameof(pathSegments));
            }

            request.Url.AppendPathSegment(segment, fullyEncode: true);
        }

        return string.IsNullOrWhiteSpace(token) ? request : request.WithOAuthBearerToken(token.Trim());
    }

    /// <summary>Runs one call and translates its failure; the caller's own cancellation passes through untouched.</summary>
    public async Task<T> SendAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Source.StartActivity(Telemetry.TeamViewerPrefix + operation, ActivityKind.Client);
        try
        {
            return await call();
        }
        catch (FlurlHttpException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Flurl wraps the caller's own cancellation in a FlurlHttpException; callers expect the plain kind.
            throw new OperationCanceledException("The TeamViewer call was canceled.", ex.InnerException, cancellationToken);
        }
        catch (FlurlHttpException ex)
        {
            var error = await TeamViewerErrorMapper.MapAsync(ex);
            logger.LogWarning("TeamViewer {Operation} failed: {Kind} (status {Status}, error {Error}: {Description})",
                operation, error.Kind, error.StatusCode, error.Error, error.ErrorDescription);
            throw error;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("TeamViewer {Operation} timed out", operation);
            throw new TeamViewerException(TeamViewerErrorKind.Timeout, TeamViewerUserMessages.Timeout, innerException: ex);
        }
    }

    public async Task SendAsync(string operation, Func<Task> call, CancellationToken cancellationToken) =>
        await SendAsync(operation, async () =>
        {
            await call();
            return true;
        }, cancellationToken);

    public void Dispose() => _clients.Clear();
}
