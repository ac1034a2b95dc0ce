using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// A PostgreSQL or Redis of a test's own, on a port it chooses, that the test stops and starts again to show what an
/// outage does (the shared test servers must stay up for the other tests). Started through the same
/// <c>scripts/lib/services.sh</c> as everything else.
/// </summary>
public sealed class ThrowawayServers : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bossremote-outage-").FullName;

    public int PostgresPort { get; } = FreePort();

    public int RedisPort { get; } = FreePort();

    /// <summary>The server's own database as superuser: enough for the app, which creates its tables there.</summary>
    public string PostgresConnectionString => $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Database=postgres;Timeout=3";

    public string RedisConfiguration => $"127.0.0.1:{RedisPort}";

    public Task StartPostgresAsync() => RunAsync($"start_postgres \"$DIR/postgres\" {PostgresPort} fsync=off");

    public Task StopPostgresAsync() => RunAsync("stop_postgres \"$DIR/postgres\"");

    public Task StartRedisAsync() => RunAsync($"start_redis \"$DIR/redis\" {RedisPort}");

    public Task StopRedisAsync() => RunAsync("stop_redis \"$DIR/redis\"");

    public async ValueTask DisposeAsync()
    {
        await StopRedisAsync();
        await StopPostgresAsync();
        await RunAsync("rm -rf \"$DIR\"");
    }

    private async Task RunAsync(string command)
    {
        OpenFolder();
        var start = new ProcessStartInfo("bash", ["-c", $". \"{RepositoryRoot.Combine("scripts", "lib", "services.sh")}\" && {command}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DIR"] = _folder;
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed ({process.ExitCode}): {errors}");
        }
    }

    /// <summary>PostgreSQL runs as its own user, which must be able to reach the cluster's folder (Linux, as everything here).</summary>
    private void OpenFolder()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
