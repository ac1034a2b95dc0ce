using System.Net;
using System.Net.Sockets;
using BossRemote.Core.TeamViewer;
using BossRemote.Core.TeamViewer.Models;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration.TeamViewer;

/// <summary>
/// The client's failures over real loopback sockets, where "nothing was sent" and "sent, but no answer" differ: a
/// refused connection cannot have created a session, a connection dropped after the request may have.
/// </summary>
public sealed class TeamViewerClientSocketTests
{
    [Fact]
    public async Task CreateSessionAsync_ConnectionRefused_IsUnreachable()
    {
        using var client = new TeamViewerClientBuilder().WithBaseUrl($"http://127.0.0.1:{ClosedPort()}/api/v1").Build();

        var error = await Should.ThrowAsync<TeamViewerException>(() => client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        error.Kind.ShouldBe(TeamViewerErrorKind.Unreachable);
    }

    [Fact]
    public async Task CreateSessionAsync_ConnectionDroppedAfterTheRequest_IsServiceUnavailableBecauseItMayHaveArrived()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            var buffer = new byte[8192];
            await socket.ReceiveAsync(buffer); // the request arrived; the server goes away before answering
            socket.Close();
        });
        using var client = new TeamViewerClientBuilder().WithBaseUrl($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/api/v1").Build();

        var error = await Should.ThrowAsync<TeamViewerException>(() => client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BossRemote" }));

        await server;
        error.Kind.ShouldBe(TeamViewerErrorKind.ServiceUnavailable);
    }

    /// <summary>A loopback port nobody listens on: bound, noted, released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
