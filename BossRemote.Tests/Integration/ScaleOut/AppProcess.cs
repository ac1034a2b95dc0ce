using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// The app as an operating-system process of its own (the built <c>BossRemote.Web.dll</c>), for what an in-process host
/// cannot show: an instance killed outright, mid-work, with no chance to finish or hand anything over.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataDirectory;

    private AppProcess(Process process, string baseUrl, string dataDirectory)
    {
        _process = process;
        BaseUrl = baseUrl;
        _dataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the process wrote so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> (environment form, e.g. <c>Database__Provider</c>).</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var dll = WebAssemblyPath();
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var dataDirectory = Directory.CreateTempSubdirectory("bossremote-process-").FullName;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["BossRemote__DataDirectory"] = dataDirectory;
        start.Environment["DataProtection__KeyEncryptionKey"] = TestKeyEncryptionKey.Value;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, baseUrl, dataDirectory);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until <c>/healthz</c> answers 200 (it has migrated and seeded), or fails with what it wrote.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited ({_process.ExitCode}):\n{Output}");
            }

            try
            {
                if ((await client.GetAsync($"{BaseUrl}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not become healthy within {timeout}:\n{Output}");
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no handing over.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans the temp folder
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The web app built beside the tests (same configuration).</summary>
    private static string WebAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var path = RepositoryRoot.Combine("BossRemote.Web", "bin", configuration, "net10.0", "BossRemote.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the test starts the built app.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
