using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorInstallationKeyTests(SimulatorTestDatabase database) : IClassFixture<SimulatorTestDatabase>
{
    private SimulatorInstallationKey NewInstance() => new(database.Factory, TimeProvider.System);

    [Fact]
    public async Task GetAsync_ManyInstancesAtOnce_AllGetTheOneStoredKey()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => NewInstance().GetAsync().AsTask()));

        keys.Distinct().ShouldHaveSingleItem();
        keys[0].Length.ShouldBe(43);
        keys[0].ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        await using var db = database.CreateDbContext();
        db.Installation.ShouldHaveSingleItem().Key.ShouldBe(keys[0]);
    }

    [Fact]
    public async Task IsValidAsync_OnlyTheExactKey()
    {
        var keys = NewInstance();
        var key = await keys.GetAsync();

        (await keys.IsValidAsync(key)).ShouldBeTrue();
        (await keys.IsValidAsync(null)).ShouldBeFalse();
        (await keys.IsValidAsync("")).ShouldBeFalse();
        (await keys.IsValidAsync(key[..^1])).ShouldBeFalse();
        (await keys.IsValidAsync(key + "x")).ShouldBeFalse();
        (await keys.IsValidAsync(key.ToUpperInvariant() == key ? key.ToLowerInvariant() : key.ToUpperInvariant())).ShouldBeFalse();
    }
}
