using BossRemote.Core.Common.Events;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BossRemote.Web.Realtime;

/// <summary>
/// Relays live updates between instances over Redis pub/sub (SPEC §6). Each instance publishes its own changes on one
/// channel and delivers the others' to its own pages. Redis away is survivable: sending is fire-and-forget, this
/// instance's own pages are served without Redis, and when the connection comes back every open page re-reads, since
/// updates from other instances may have been missed meanwhile. Health: <see cref="IsConnected"/>.
/// </summary>
public sealed partial class RedisLiveUpdateRelay(
    IOptions<RedisOptions> options,
    IServiceProvider services,
    ILogger<RedisLiveUpdateRelay> logger) : ILiveUpdateRelay, IHostedService, IAsyncDisposable
{
    private ConnectionMultiplexer? _redis;

    private RedisChannel Channel => RedisChannel.Literal(options.Value.Channel);

    /// <summary>This instance on the channel, so it can skip what it sent itself.</summary>
    public string Origin { get; } = Guid.NewGuid().ToString("N");

    public bool IsConnected => _redis?.IsConnected ?? false;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
        configuration.AbortOnConnectFail = false; // start without Redis; keep trying in the background
        configuration.ReconnectRetryPolicy ??= new LinearRetry(2000); // back within seconds of Redis, not minutes
        // Nothing is queued while Redis is away: what other instances miss, their pages re-read when it is back.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName = $"bossremote-{Origin[..8]}";
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        _redis.ConnectionFailed += (_, e) => LogConnectionFailed(e.EndPoint?.ToString(), e.FailureType.ToString());
        _redis.ConnectionRestored += (_, e) =>
        {
            LogConnectionRestored(e.EndPoint?.ToString());
            Live.Deliver(new EverythingMayHaveChanged());
        };
        await _redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message));
        if (!_redis.IsConnected)
        {
            LogStartedWithoutRedis(options.Value.Configuration!);
        }
    }

    public void Send(ILiveUpdate update)
    {
        if (_redis is null)
        {
            return;
        }

        try
        {
            _redis.GetSubscriber().Publish(Channel, LiveUpdateCodec.Encode(Origin, update), CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            LogSendFailed(ex, update.GetType().Name);
        }
    }

    /// <summary>
    /// Closes the connection politely; a failure to do so must not fail the host's shutdown (StackExchange.Redis has
    /// been seen to throw from inside <c>CloseAsync</c> while reconnecting). The connection is disposed with the host.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_redis is null)
        {
            return;
        }

        try
        {
            await _redis.CloseAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCloseFailed(ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private LiveUpdates Live => services.GetRequiredService<LiveUpdates>();

    private void Receive(RedisValue message)
    {
        if (message.IsNullOrEmpty || LiveUpdateCodec.Decode(message.ToString()) is not { } received)
        {
            LogUnknownMessage();
            return;
        }

        if (received.Origin != Origin)
        {
            Live.Deliver(received.Update);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates between instances are paused: Redis at {EndPoint} is unreachable ({Failure}). This instance's own pages still update; they all re-read when Redis is back.")]
    private partial void LogConnectionFailed(string? endPoint, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {EndPoint} is back: live updates between instances resume, and open pages re-read.")]
    private partial void LogConnectionRestored(string? endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Started without Redis ({Configuration} does not answer yet); live updates reach other instances once it does.")]
    private partial void LogStartedWithoutRedis(string configuration);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the Redis connection at shutdown failed; it is disposed with the host")]
    private partial void LogCloseFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not relay {Update} to other instances")]
    private partial void LogSendFailed(Exception exception, string update);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a message on the live-update channel that this version does not know")]
    private partial void LogUnknownMessage();
}
