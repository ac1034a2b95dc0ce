using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration;

/// <summary>
/// <c>scripts/scale-out.sh</c> run as an operator runs it, detached, in a temp folder of its own. It runs the app these
/// tests were built with (<c>--app</c>: BossRemote.Web.dll is copied beside the test assembly), because publishing it
/// again in Release would take longer than the whole test. The ports and pids come from the script's state file;
/// <see cref="DisposeAsync"/> stops everything and removes the folder, pass or fail.
/// </summary>
public sealed class ScaleOutDeployment : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopLimit = TimeSpan.FromMinutes(1);

    private ScaleOutDeployment(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The state file as it was once everything ran: <c>NGINX_PORT</c>, <c>APP_A_PID</c>, …</summary>
    public IReadOnlyDictionary<string, string> State { get; private set; } = new Dictionary<string, string>();

    /// <summary>nginx, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri NginxUrl => new($"http://127.0.0.1:{State["NGINX_PORT"]}");

    /// <summary>Every port the script recorded: PostgreSQL, Redis, both instances and nginx.</summary>
    public IReadOnlyList<int> Ports => Numbers("_PORT");

    /// <summary>The processes the script started itself: both instances and nginx.</summary>
    public IReadOnlyList<int> Pids => Numbers("_PID");

    public static async Task<ScaleOutDeployment> StartAsync()
    {
        var deployment = new ScaleOutDeployment(Path.Combine(Path.GetTempPath(), "bossremote-scale-out-" + Guid.NewGuid().ToString("N")[..8]));
        try
        {
            var app = Path.Combine(AppContext.BaseDirectory, "BossRemote.Web.dll");
            await RunScriptAsync(StartLimit, "--detach", "--app", app, deployment.Folder);
            deployment.State = ReadState(deployment.Folder);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    /// <summary><c>scripts/scale-out.sh stop FOLDER</c>.</summary>
    public Task StopAsync() => RunScriptAsync(StopLimit, "stop", Folder);

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            // Stopping twice is harmless; this stops whatever a failed start or a failed test left running.
            await RunScriptAsync(StopLimit, "stop", Folder);
            Directory.Delete(Folder, recursive: true);
        }
    }

    private IReadOnlyList<int> Numbers(string suffix) =>
        State.Where(s => s.Key.EndsWith(suffix, StringComparison.Ordinal)).Select(s => int.Parse(s.Value, CultureInfo.InvariantCulture)).ToList();

    private static Dictionary<string, string> ReadState(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "scale-out.state"))
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0])
            .ToDictionary(g => g.Key, g => g.Last()[1]);

    private static async Task RunScriptAsync(TimeSpan limit, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.Combine("scripts", "scale-out.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Only the script: what it started is in its state file, and DisposeAsync's "stop" ends that.
            process.Kill();
            throw new TimeoutException($"scale-out.sh {string.Join(' ', arguments)} took longer than {limit}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scale-out.sh {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }
    }
}
