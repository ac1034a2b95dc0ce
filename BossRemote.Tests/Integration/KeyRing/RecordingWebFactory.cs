using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace BossRemote.Tests.Integration.KeyRing;

/// <summary>The app with everything it logs from its first line kept in <see cref="Logs"/>, start-up included.</summary>
public sealed class RecordingWebFactory : BossRemoteWebFactory
{
    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
