using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Web.Jobs;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace BossRemote.Tests.Web.Jobs;

public sealed class JobsSetupTests : IDisposable
{
    private readonly List<string> _folders = [];

    [Fact]
    public void AddBossRemoteJobs_TwoHostsInOneProcess_EachKeepsItsOwnStorageAndServices()
    {
        using var first = BuildHost();
        using var second = BuildHost();

        // Hangfire's configuration callback writes process-wide statics; the second host running it after the first
        // must not pull the first host's jobs into the second host's file or run them with its services.
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();

        var firstStorage = first.GetRequiredService<JobStorage>();
        var secondStorage = second.GetRequiredService<JobStorage>();
        firstStorage.ShouldBeOfType<SQLiteStorage>().ShouldNotBeSameAs(secondStorage);
        first.GetRequiredService<JobActivator>().ShouldNotBeSameAs(second.GetRequiredService<JobActivator>());

        var id = first.GetRequiredService<IBackgroundJobClient>().Schedule(() => Console.WriteLine("first host"), TimeSpan.FromHours(1));
        using var connection = firstStorage.GetConnection();
        connection.GetJobData(id).ShouldNotBeNull().Job.Args.ShouldBe(["first host"]);
    }

    private ServiceProvider BuildHost()
    {
        var folder = Directory.CreateTempSubdirectory("bossremote-jobs-").FullName;
        _folders.Add(folder);
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(folder);

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.Configure<BossRemoteOptions>(o => o.DataDirectory = folder);
        services.AddSingleton(environment);
        services.AddSingleton<DataDirectory>();
        services.AddOptions<DatabaseOptions>();
        services.AddBossRemoteJobs(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a pooled SQLite handle may linger on some platforms; the temp folder is the OS's to clean
            }
        }
    }
}
