using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BossRemote.Core.Common;
using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static BossRemote.Tests.Integration.Infrastructure.AppScope;

namespace BossRemote.Tests.Integration;

/// <summary>Growing from one machine to several without losing data: the <c>copy-to-postgres</c> command (ADR-013).</summary>
public sealed partial class CopyToPostgresTests(CopyToPostgresFixture copy) : IClassFixture<CopyToPostgresFixture>
{
    [Fact]
    public void CopyToPostgres_UsedInstallation_CopiesEveryTableWithAllItsRows()
    {
        var reported = ReportLine().Matches(copy.FirstCopy.Output)
            .ToDictionary(m => m.Groups["table"].Value, m => long.Parse(m.Groups["rows"].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));

        copy.FirstCopy.ExitCode.ShouldBe(CopyToPostgresCommand.Copied, copy.FirstCopy.Errors);
        copy.CopiedRows.ShouldBe(copy.SourceRows, ignoreOrder: true);
        reported.ShouldBe(copy.SourceRows, ignoreOrder: true);
        copy.SourceRows["DataProtectionKeys"].ShouldBeGreaterThan(0);
        copy.SourceRows["Sessions"].ShouldBeGreaterThan(0);
        copy.SourceRows["EmailDeliveries"].ShouldBeGreaterThan(0);
        copy.SourceRows["ReportSubscriptionRuns"].ShouldBe(1);
    }

    [Fact]
    public void CopyToPostgres_UsedInstallation_SaysWhichKeyThePostgresInstancesNeed()
    {
        var keyFile = Path.Combine(copy.SourceFolder, BossRemote.Core.Data.KeyRing.KeyEncryptionKeyFile.FileName);

        copy.FirstCopy.Output.ShouldContain($"encrypted with the key in {keyFile}: set DataProtection__KeyEncryptionKey to its contents on every PostgreSQL instance");
    }

    [Fact]
    public async Task CopyToPostgres_UsedInstallation_SessionSummaryShowsTheSameFigures()
    {
        var onPostgres = await CopyToPostgresFixture.SummariesAsync(copy.Postgres.Services, copy.ReportRanges);

        copy.SourceSummaries.ShouldAllBe(s => s.Totals.Sessions > 0);
        JsonSerializer.Serialize(onPostgres).ShouldBe(JsonSerializer.Serialize(copy.SourceSummaries));
    }

    [Fact]
    public async Task CopyToPostgres_DemoTechnician_SignsInWithTheirPassword()
    {
        using var client = SignInClient.CreateClient(copy.Postgres);

        var signIn = await SignInClient.PostSignInAsync(client, DemoUsers.TechnicianEmail, "Demo!2345");

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/tickets")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CopyToPostgres_SignInCookieFromSqlite_StillSignsTheTechnicianIn()
    {
        using var client = copy.Postgres.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", copy.SourceSignInCookie);

        var tickets = await client.GetAsync("/tickets");

        tickets.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CopyToPostgres_ConnectedToken_StillDecrypts()
    {
        var admin = await DemoUserAsync(copy.Postgres.Services, DemoUsers.AdminEmail);

        var setup = await WithAsync<TeamViewerSetupService, TeamViewerSetupView>(copy.Postgres.Services, s => s.GetAsync(admin));
        var token = await copy.Postgres.Services.GetRequiredService<ITeamViewerTokenProvider>().GetTokenAsync();

        setup.IsConnected.ShouldBeTrue();
        setup.MaskedToken.ShouldEndWith(CopyToPostgresFixture.Token[^4..]);
        token.ShouldBe(CopyToPostgresFixture.Token);
    }

    [Fact]
    public async Task CopyToPostgres_NewTicketOnPostgres_TakesTheNextKeyAfterTheCopiedOnes()
    {
        var ticket = await FreshOpenTicketAsync(copy.Postgres.Services);

        ticket.Id.ShouldBe(copy.LargestSourceTicketId + 1);
    }

    [Fact]
    public async Task CopyToPostgres_TargetNotEmpty_RefusesAndWritesNothing()
    {
        var before = await copy.TargetRowsAsync();

        var again = await CopyToPostgresFixture.CopyAsync(copy.SourceFolder, copy.TargetConnectionString);

        again.ExitCode.ShouldBe(CopyToPostgresCommand.NotCopied);
        again.Errors.ShouldContain("The PostgreSQL database is not empty");
        again.Errors.ShouldContain("Nothing was written");
        (await copy.TargetRowsAsync()).ShouldBe(before, ignoreOrder: true);
    }

    [Fact]
    public async Task CopyToPostgres_NoInstallationInTheDataFolder_RefusesNamingTheFileItLookedFor()
    {
        var empty = Path.Combine(Path.GetTempPath(), "bossremote-tests", "copy-empty-" + Guid.NewGuid().ToString("N"));

        var run = await CopyToPostgresFixture.CopyAsync(empty, copy.TargetConnectionString);

        run.ExitCode.ShouldBe(CopyToPostgresCommand.NotCopied);
        run.Errors.ShouldContain($"There is no BossRemote database at {Path.Combine(empty, "bossremote.db")}");
        Directory.Delete(empty, recursive: true);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Host=127.0.0.1;Username=postgres")]
    [InlineData("not a connection string")]
    public async Task RunAsync_NoUsableConnectionString_PrintsUsage(string? target)
    {
        await using var output = new StringWriter();
        await using var errors = new StringWriter();

        var exitCode = await CopyToPostgresCommand.RunAsync(target is null ? [CopyToPostgresCommand.Name] : [CopyToPostgresCommand.Name, target], output, errors);

        exitCode.ShouldBe(CopyToPostgresCommand.Usage);
        errors.ToString().ShouldStartWith("Usage:");
        output.ToString().ShouldBeEmpty();
    }

    [GeneratedRegex(@"^  (?:teamviewer_simulator\.)?(?<table>\S+)\s+(?<rows>[\d,]+)$", RegexOptions.Multiline)]
    private static partial Regex ReportLine();
}
