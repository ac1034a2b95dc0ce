using System.Net;
using System.Text;
using BossRemote.Core.Demo;
using BossRemote.Core.Reports;
using BossRemote.Core.ServiceCases;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Integration;

public abstract class SessionSummaryExportTests(BossRemoteWebFactory factory)
{
    [Fact]
    public async Task Export_AsSupervisor_DownloadsTheFiguresOfTheDemoHistory()
    {
        var (from, to) = ReportDateRanges.For(DateRangePreset.LastMonth, DateOnly.FromDateTime(DateTime.UtcNow));
        var expected = await ClosedCasesAsync(from, to);
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.SupervisorEmail);

        var response = await client.GetAsync($"/reports/integrations/teamviewer/export.csv?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&tz=UTC");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"teamviewer-sessions-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.csv");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var summary = Encoding.UTF8.GetString(bytes).Split("\r\n").Single(l => l.StartsWith("Summary,", StringComparison.Ordinal)).Split(',');
        summary[2].ShouldBe(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        summary[5].ShouldBe(expected.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("from=2026-03-31&to=2026-03-01&tz=UTC")]
    [InlineData("from=31.03.2026&to=2026-04-01&tz=UTC")]
    [InlineData("from=2026-03-01&to=2026-03-31&tz=Not%2FAZone")]
    [InlineData("to=2026-03-31&tz=UTC")]
    public async Task Export_InvalidFilter_IsABadRequest(string query)
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.AdminEmail);

        var response = await client.GetAsync($"/reports/integrations/teamviewer/export.csv?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SessionsCsv_AsSupervisor_ListsEverySessionOfTheTechnicianRow()
    {
        var (from, to) = ReportDateRanges.For(DateRangePreset.LastMonth, DateOnly.FromDateTime(DateTime.UtcNow));
        var maria = await AccountIdAsync("maria.garcia@bossremote.local");
        var expected = await ClosedCasesAsync(from, to, maria);
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.SupervisorEmail);

        var response = await client.GetAsync($"/reports/integrations/teamviewer/sessions.csv?row=Technician&key={Uri.EscapeDataString(maria)}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&tz=UTC");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"teamviewer-sessions-technician-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.csv");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        lines.ShouldContain("Technician,Maria Garcia");
        lines.ShouldContain($"Sessions,{expected.Count}");
        var sessions = lines.SkipWhile(l => l != string.Join(',', SessionDrillDownCsv.Columns)).Skip(1).Where(l => l.Length > 0).ToList();
        sessions.Select(l => long.Parse(l.Split(',')[^2], System.Globalization.CultureInfo.InvariantCulture)).Order().ShouldBe(expected.Order());
    }

    [Fact]
    public async Task SessionsCsv_AsTechnician_IsRefused()
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.TechnicianEmail);

        var response = await client.GetAsync("/reports/integrations/teamviewer/sessions.csv?row=Priority&key=1&from=2026-03-01&to=2026-03-31&tz=UTC");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Theory]
    [InlineData("row=Technician&from=2026-03-01&to=2026-03-31&tz=UTC")]
    [InlineData("row=Priority&key=9&from=2026-03-01&to=2026-03-31&tz=UTC")]
    [InlineData("row=Room&key=1&from=2026-03-01&to=2026-03-31&tz=UTC")]
    [InlineData("row=1&key=1&from=2026-03-01&to=2026-03-31&tz=UTC")]
    [InlineData("row=Category&key=1&from=2026-03-31&to=2026-03-01&tz=UTC")]
    public async Task SessionsCsv_InvalidRowOrFilter_IsABadRequest(string query)
    {
        using var client = await SignInClient.SignedInAsync(factory, DemoUsers.AdminEmail);

        var response = await client.GetAsync($"/reports/integrations/teamviewer/sessions.csv?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<string> AccountIdAsync(string email)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The durations of the closed cases started in those days (UTC), in whole seconds.</summary>
    private async Task<List<long>> ClosedCasesAsync(DateOnly from, DateOnly to, string? technicianId = null)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var db = factory.CreateDbContext();
        var cases = await db.ServiceCases.AsNoTracking()
            .Where(c => c.State == ServiceCaseState.Closed && c.CreatedAt >= start && c.CreatedAt < end)
            .Where(c => technicianId == null || c.CreatedById == technicianId)
            .Select(c => new { c.CreatedAt, c.EndedAt }).ToListAsync();
        cases.ShouldNotBeEmpty();
        return [.. cases.Select(c => (long)Math.Round((c.EndedAt!.Value - c.CreatedAt).TotalSeconds))];
    }

    public sealed class OnSqlite(BossRemoteWebFactory factory) : SessionSummaryExportTests(factory), IClassFixture<BossRemoteWebFactory>;

    public sealed class OnPostgres(PostgresWebFactory factory) : SessionSummaryExportTests(factory), IClassFixture<PostgresWebFactory>;
}
