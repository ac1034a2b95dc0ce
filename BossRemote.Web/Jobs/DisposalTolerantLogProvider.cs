using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace BossRemote.Web.Jobs;

/// <summary>
/// Hangfire keeps one process-wide log provider, set by the last host to start. When that host stops while another
/// still runs (the tests run several hosts in one process), its logger factory is disposed and every new Hangfire
/// logger would throw, failing the other host's job enqueues; this provider hands out a silent logger instead.
/// With one host per process, as in production, it is exactly Hangfire's own ASP.NET Core provider.
/// </summary>
internal sealed class DisposalTolerantLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static SilentLog Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
