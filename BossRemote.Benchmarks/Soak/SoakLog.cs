using Microsoft.Extensions.Logging;

namespace BossRemote.Benchmarks.Soak;

/// <summary>
/// The app's warnings and errors, written to <c>soak.log</c> in the data folder instead of the console: a soak makes
/// thousands on purpose (every injected fault is logged by the product), and the printed progress must stay readable.
/// One file for the whole run, across restarts, with the soak's clock in each line.
/// </summary>
internal sealed class SoakLog(string path, TimeProvider clock) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly StreamWriter _writer = new(path, append: true) { AutoFlush = true };

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        lock (_gate)
        {
            _writer.WriteLine($"{clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} {level,-11} {category}: {message}{(exception is null ? "" : " | " + exception.GetType().Name + ": " + exception.Message)}");
        }
    }

    private sealed class Logger(SoakLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Write(category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
