using BossRemote.Core.TeamViewer.Models;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Integration.TeamViewerSimulator;

/// <summary>The simulator keeps its state in its database, so a restart loses nothing (SPEC §7).</summary>
public sealed class SimulatorRestartTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "bossremote-tests", "restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_SameDataFolder_SessionsGroupsAndReportsAreStillThere()
    {
        const string token = "restart-token";
        TeamViewerSession created;
        await using (var first = StartApp())
        {
            first.Tokens.Token = token;
            created = await first.Client.CreateSessionAsync(new CreateSessionRequest { GroupName = "BOSS", Description = "Survives" });
            await first.Services.GetRequiredService<SimulatorCustomerService>().JoinAsync(created.Code);
            await first.Client.CloseSessionAsync(created.Code);
        }

        await using var second = StartApp();
        second.Tokens.Token = token;
        var again = await second.Client.GetSessionAsync(created.Code);
        var groups = await second.Client.ListGroupsAsync();
        var reports = await second.Client.ListConnectionReportsAsync(new ConnectionReportFilter { SessionCode = created.Code });

        again.Description.ShouldBe("Survives");
        again.State.ShouldBe(TeamViewerSessionState.Closed);
        again.GroupId.ShouldBe(created.GroupId);
        groups.ShouldHaveSingleItem().Name.ShouldBe("BOSS");
        reports.Records.ShouldHaveSingleItem().SessionNote.ShouldBe("Survives");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }

    private KestrelApp StartApp() => KestrelApp.Start(new Dictionary<string, string?> { ["BossRemote:DataDirectory"] = _dataFolder });
}
