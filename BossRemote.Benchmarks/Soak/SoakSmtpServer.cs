using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// A real SMTP server on a free loopback port (the SmtpServer package, as the tests use) that counts every message it
/// keeps by <c>Message-ID</c>, refuses with 451 when <see cref="SoakFaults"/> says so, and can stop the app between
/// keeping a message and answering 250 — the window in which a sender cannot know the message arrived.
/// </summary>
internal sealed class SoakSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SoakSmtpServer(SoakFaults faults, SoakJournal journal)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).IsSecure(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, faults, journal));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>How many times each <c>Message-ID</c> arrived (kept by the server).</summary>
    public ConcurrentDictionary<string, int> Received { get; } = new(StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
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

    private sealed class Store(SoakSmtpServer server, SoakFaults faults, SoakJournal journal) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var fault = faults.ForMessage();
            if (fault == SmtpFault.Refuse)
            {
                return new SmtpResponse(SmtpReplyCode.Aborted, "Requested action aborted: local error in processing (soak)");
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var id = message.MessageId ?? "(none)";
            server.Received.AddOrUpdate(id, 1, (_, n) => n + 1);
            if (fault == SmtpFault.Crash)
            {
                journal.InterruptedSends[id] = true;
                faults.Crash();
                // The sender is gone by the time this answer would reach it.
                await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
            }

            return SmtpResponse.Ok;
        }
    }
}
