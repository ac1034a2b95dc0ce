using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Data;

/// <summary>
/// Readies the database before the app serves: the help desk's migrations, then the <see cref="IStartupStep"/>s, then
/// the seeders — under the database's start-up lock, so instances starting together take turns. Hosted services start before the server listens, so normally no request ever sees an old schema. When
/// the database server cannot be reached (PostgreSQL down), the app does not exit — a crash loop helps nobody: it logs
/// one clear line, answers 503 (<see cref="DatabaseReadiness"/>), and tries again every few seconds until it succeeds.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopeFactory,
    DatabaseReadiness readiness,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(15);

    // Never disposed: a host may stop a hosted service after disposing it (test hosts do), and this one holds no timer.
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken);
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            readiness.Failed(Describe(ex));
            LogUnreachableAtStart(Describe(ex));
            _retrying = Task.Run(() => RetryAsync(_stopping.Token), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_retrying is not null)
        {
            await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Whether <paramref name="failure"/> means the database server could not be reached (worth waiting for).</summary>
    internal static bool IsUnreachable(Exception failure) => failure switch
    {
        SocketException or TimeoutException => true,
        DbException { IsTransient: true } => true,
        _ when failure.InnerException is { } inner => IsUnreachable(inner),
        _ => false,
    };

    private async Task RetryAsync(CancellationToken stopping)
    {
        var delay = FirstRetry;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stopping);
                await InitializeAsync(stopping);
                LogReachable();
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (IsUnreachable(ex))
            {
                readiness.Failed(Describe(ex));
                LogStillUnreachable(Describe(ex), delay.TotalSeconds);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
            }
            catch (Exception ex)
            {
                // Reached, but something else is wrong (a failed migration): that needs a person, not a retry loop.
                readiness.Failed("The database was reached but could not be prepared; see the log.");
                LogPreparationFailed(ex);
                return;
            }
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbFactory = services.GetRequiredService<IDbContextFactory<BossRemoteDbContext>>();
        await using var startupLock = await DatabaseProviderExtensions.AcquireStartupLockAsync(
            await dbFactory.CreateDbContextAsync(cancellationToken), cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken); // logs each migration it applies
        }

        foreach (var step in services.GetServices<IStartupStep>().OrderBy(s => s.Order))
        {
            await step.RunAsync(cancellationToken);
        }

        foreach (var seeder in services.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }

        readiness.MarkReady();
    }

    private static string Describe(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException || e.InnerException is null)
            {
                return $"The database server is unreachable: {e.Message}";
            }
        }

        return $"The database server is unreachable: {failure.Message}";
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem}. BossRemote keeps running, answers 503 (/healthz included) and tries again until it is back.")]
    private partial void LogUnreachableAtStart(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}. Trying again in {Seconds} s.")]
    private partial void LogStillUnreachable(string problem, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is reachable again: migrations and start-up steps are done, BossRemote is serving.")]
    private partial void LogReachable();

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database was reached but could not be prepared; BossRemote stays unavailable until it is fixed and restarted.")]
    private partial void LogPreparationFailed(Exception exception);
}
