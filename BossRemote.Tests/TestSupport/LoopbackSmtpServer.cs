using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace BossRemote.Tests.TestSupport;

/// <summary>
/// A real SMTP server on a free loopback port (the SmtpServer package) that keeps every message it accepts. Set
/// <see cref="Refuse"/> to make it answer the message with a temporary failure, as a busy or broken relay does.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store;

    public LoopbackSmtpServer()
    {
        Port = FreePort();
        _store = new Store(this);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).IsSecure(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The app's settings for sending here (no TLS), retrying every second, five times.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
        ["Email:RetryDelays:0"] = "00:00:01",
        ["Email:RetryDelays:1"] = "00:00:01",
        ["Email:RetryDelays:2"] = "00:00:01",
        ["Email:RetryDelays:3"] = "00:00:01",
        ["Email:RetryDelays:4"] = "00:00:01",
    };

    /// <summary>While true, every message is answered with <c>451</c> and not kept.</summary>
    public bool Refuse { get; set; }

    /// <summary>Answers every message with a permanent failure (554), as a server that will never take it does.</summary>
    public bool RefusePermanently { get; set; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>How many messages were refused.</summary>
    public int Refusals => _store.Refusals;

    /// <summary>Waits until <paramref name="count"/> messages have arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Messages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return [.. Messages];
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(LoopbackSmtpServer server) : MessageStore
    {
        private int _refusals;

        public int Refusals => _refusals;

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.RefusePermanently)
            {
                Interlocked.Increment(ref _refusals);
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "Transaction failed: no such user here");
            }

            if (server.Refuse)
            {
                Interlocked.Increment(ref _refusals);
                return new SmtpResponse(SmtpReplyCode.Aborted, "Requested action aborted: local error in processing");
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            server.Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
