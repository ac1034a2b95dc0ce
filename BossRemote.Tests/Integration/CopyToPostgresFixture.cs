using System.Net;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Demo;
using BossRemote.Core.Reports;
using BossRemote.Core.Reports.Scheduled;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration;

/// <summary>
/// An installation used on SQLite (demo data, a TeamViewer token connected by the admin, a case open in the simulator,
/// a technician signed in), stopped, copied by the <c>copy-to-postgres</c> command into a fresh PostgreSQL database,
/// and the app started on that copy with demo seeding off, so everything it shows came through the copy.
/// </summary>
public sealed class CopyToPostgresFixture : IAsyncLifetime
{
    public const string Token = "copy-to-postgres-token-7f3a";

    private readonly string _databaseName = "bossremote_copy_" + Guid.NewGuid().ToString("N");

    public string SourceFolder { get; } = Path.Combine(Path.GetTempPath(), "bossremote-tests", "copy-source-" + Guid.NewGuid().ToString("N"));

    public string TargetConnectionString { get; private set; } = "";

    /// <summary>What the first run of the command printed and returned.</summary>
    public CommandRun FirstCopy { get; private set; } = new(-1, "", "");

    /// <summary>Rows per table (by table name, without schema) in the stopped SQLite installation.</summary>
    public IReadOnlyDictionary<string, long> SourceRows { get; private set; } = new Dictionary<string, long>();

    /// <summary>Rows per table in PostgreSQL right after the copy, before the app started on it.</summary>
    public IReadOnlyDictionary<string, long> CopiedRows { get; private set; } = new Dictionary<string, long>();

    public IReadOnlyList<DayRange> ReportRanges { get; private set; } = [];

    /// <summary>The Session Summary the supervisor saw on SQLite for each of <see cref="ReportRanges"/>, in UTC.</summary>
    public IReadOnlyList<SessionSummary> SourceSummaries { get; private set; } = [];

    /// <summary>The sign-in cookie the technician got from the SQLite app, as a <c>Cookie</c> header.</summary>
    public string SourceSignInCookie { get; private set; } = "";

    public int LargestSourceTicketId { get; private set; }

    /// <summary>The app on the copy.</summary>
    public BossRemoteWebFactory Postgres { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await UseOnSqliteAsync();
        SourceRows = await TableRows.CountAsync(DatabaseProvider.Sqlite, SqliteConnectionString(DatabaseProviderExtensions.DefaultSqliteFileName),
            SqliteConnectionString(DatabaseProviderExtensions.SimulatorSqliteFileName));
        LargestSourceTicketId = await LargestTicketIdAsync(SqliteConnectionString(DatabaseProviderExtensions.DefaultSqliteFileName));

        TargetConnectionString = await PostgresDatabases.CreateAsync(_databaseName);
        FirstCopy = await CopyAsync(SourceFolder, TargetConnectionString);
        CopiedRows = await TargetRowsAsync();

        // As the copy's output says: the instances on PostgreSQL take the key the SQLite installation made in its data folder.
        Postgres = new BossRemoteWebFactory().UsePostgres(TargetConnectionString).WithSetting("Seed:Demo", "false")
            .WithSetting(TestKeyEncryptionKey.Setting, (await File.ReadAllTextAsync(Path.Combine(SourceFolder, BossRemote.Core.Data.KeyRing.KeyEncryptionKeyFile.FileName))).Trim());
        _ = Postgres.Server; // migrations (none left to apply) and seeders run before it serves
    }

    public async Task DisposeAsync()
    {
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        await PostgresDatabases.DropAsync(_databaseName);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(SourceFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }

    /// <summary>Runs the command as an operator would, with the installation's data folder as its only setting.</summary>
    public static async Task<CommandRun> CopyAsync(string sourceFolder, string targetConnectionString)
    {
        await using var output = new StringWriter();
        await using var errors = new StringWriter();
        var exitCode = await CopyToPostgresCommand.RunAsync(
            [CopyToPostgresCommand.Name, targetConnectionString, $"--{BossRemoteOptions.SectionName}:DataDirectory={sourceFolder}"], output, errors);
        return new CommandRun(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Rows per table of the PostgreSQL copy now.</summary>
    public Task<IReadOnlyDictionary<string, long>> TargetRowsAsync() =>
        TableRows.CountAsync(DatabaseProvider.Postgres, TargetConnectionString, TargetConnectionString);

    private async Task UseOnSqliteAsync()
    {
        // Kestrel, so the app's TeamViewer client reaches its own simulator over HTTP.
        await using var sqlite = new BossRemoteWebFactory().WithSetting($"{BossRemoteOptions.SectionName}:DataDirectory", SourceFolder);
        sqlite.UseKestrel(0);
        sqlite.StartServer();
        var services = sqlite.Services;

        var admin = await DemoUserAsync(services, DemoUsers.AdminEmail);
        var connected = await WithAsync<TeamViewerSetupService, OperationResult>(services, s => s.ConnectAsync(admin, Token));
        connected.Succeeded.ShouldBeTrue(connected.Error);
        var ticket = await FreshOpenTicketAsync(services);
        var technician = await DemoUserAsync(services, DemoUsers.TechnicianEmail);
        var started = await WithAsync<ServiceCaseStarter, ServiceCaseResult>(services, s => s.StartAsync(technician, ticket.Number));
        started.Succeeded.ShouldBeTrue(started.Error);
        // The invitation is queued after the Play's commit, off its request: the copy must find it stored.
        await EventuallyAsync(async () =>
        {
            await using var db = await Factory(services).CreateDbContextAsync();
            return await db.EmailDeliveries.CountAsync();
        }, queued => queued > 0);

        // A scheduled report subscription that has sent a period: its rows (a date column, the CSV's bytes) are copied too.
        var supervisor = await DemoUserAsync(services, DemoUsers.SupervisorEmail);
        (await WithAsync<ReportSubscriptionService, OperationResult>(services, s => s.SubscribeAsync(supervisor, ReportFrequency.Monthly, "UTC", [])))
            .Succeeded.ShouldBeTrue();
        await using (var db = await Factory(services).CreateDbContextAsync())
        {
            await db.ReportSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, DateTime.UtcNow.AddYears(-1)));
        }

        using (var scope = services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ScheduledReportJob>().RunAsync()).ShouldBe(1);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        ReportRanges = [ReportDateRanges.For(DateRangePreset.LastMonth, today), new DayRange(new DateOnly(today.Year, 1, 1), today)];
        SourceSummaries = await SummariesAsync(services, ReportRanges);
        SourceSignInCookie = await SignInCookieAsync(sqlite);
    }

    /// <summary>The Session Summary for all technicians, as the demo supervisor, in UTC.</summary>
    public static async Task<IReadOnlyList<SessionSummary>> SummariesAsync(IServiceProvider services, IEnumerable<DayRange> ranges)
    {
        var supervisor = await DemoUserAsync(services, DemoUsers.SupervisorEmail);
        var summaries = new List<SessionSummary>();
        foreach (var range in ranges)
        {
            summaries.Add(await WithAsync<SessionSummaryService, SessionSummary>(services, s => s.GetAsync(supervisor, new SessionSummaryQuery([], range, "UTC"))));
        }

        return summaries;
    }

    private static async Task<string> SignInCookieAsync(BossRemoteWebFactory app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = new Uri(address) };
        (await SignInClient.PostSignInAsync(client, DemoUsers.TechnicianEmail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return cookies.GetCookieHeader(client.BaseAddress);
    }

    private string SqliteConnectionString(string file) => $"Data Source={Path.Combine(SourceFolder, file)};Mode=ReadOnly;Pooling=False";

    private static async Task<int> LargestTicketIdAsync(string sqlite)
    {
        var options = new DbContextOptionsBuilder<BossRemoteDbContext>();
        options.UseBossRemoteDatabase(DatabaseProvider.Sqlite, sqlite);
        await using var db = new BossRemoteDbContext(options.Options);
        return await db.Tickets.MaxAsync(t => t.Id);
    }

    /// <summary>What one run of the command returned and printed.</summary>
    public sealed record CommandRun(int ExitCode, string Output, string Errors);
}
