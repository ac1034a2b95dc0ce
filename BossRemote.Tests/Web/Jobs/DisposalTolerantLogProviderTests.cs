using BossRemote.Web.Jobs;
using Microsoft.Extensions.Logging;

namespace BossRemote.Tests.Web.Jobs;

public class DisposalTolerantLogProviderTests
{
    [Fact]
    public void GetLogger_FactoryOfAStoppedHost_GivesASilentLoggerInsteadOfThrowing()
    {
        var factory = LoggerFactory.Create(_ => { });
        var provider = new DisposalTolerantLogProvider(factory);
        factory.Dispose();

        var logger = provider.GetLogger("Hangfire.Client.BackgroundJobFactory");

        logger.Log(Hangfire.Logging.LogLevel.Info, () => "enqueued").ShouldBeFalse();
    }

    [Fact]
    public void GetLogger_RunningHost_LogsThroughItsFactory()
    {
        var counting = new CountingProvider();
        using var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(counting));
        var provider = new DisposalTolerantLogProvider(factory);

        provider.GetLogger("Hangfire.Server").Log(Hangfire.Logging.LogLevel.Info, () => "started");

        counting.Logged.ShouldBe(1);
    }

    private sealed class CountingProvider : ILoggerProvider
    {
        private int _logged;

        public int Logged => _logged;

        public ILogger CreateLogger(string categoryName) => new Counter(this);

        public void Dispose()
        {
        }

        private sealed class Counter(CountingProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Interlocked.Increment(ref owner._logged);
        }
    }
}
