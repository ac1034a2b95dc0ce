using System.Text.RegularExpressions;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorGroupServiceTests(SimulatorTestDatabase database) : SimulatorTestBase(database)
{
    [Fact]
    public async Task CreateAsync_Name_CreatesTheGroup()
    {
        var result = await Groups.CreateAsync(Caller, "Support", "policy-1");

        var group = result.Value!;
        Regex.IsMatch(group.Id, @"^g\d+$").ShouldBeTrue();
        group.Name.ShouldBe("Support");
        group.PolicyId.ShouldBe("policy-1");
        (await Groups.GetAsync(Caller, group.Id)).Value!.Name.ShouldBe("Support");
    }

    [Theory]
    [InlineData("SUPPORT")]
    [InlineData("")]
    [InlineData(null)]
    public async Task CreateAsync_DuplicateOrMissingName_Is400(string? name)
    {
        await Groups.CreateAsync(Caller, "Support", null);

        var result = await Groups.CreateAsync(Caller, name, null);

        ShouldBeError(result.Error, 400, "invalid_request");
    }

    [Fact]
    public async Task CreateAsync_SameNameInAnotherAccount_IsAllowed()
    {
        await Groups.CreateAsync(Caller, "Support", null);

        var result = await Groups.CreateAsync(Stranger, "Support", null);

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task ListAsync_NamePart_MatchesAnyCaseAndOnlyLiterally()
    {
        await Groups.CreateAsync(Caller, "Support Desk", null);
        await Groups.CreateAsync(Caller, "BOSS", null);
        await Groups.CreateAsync(Caller, "100% done", null);
        await Groups.CreateAsync(Stranger, "Support", null);

        var matches = await Groups.ListAsync(Caller, "supp");
        var percent = await Groups.ListAsync(Caller, "%");

        matches.ShouldHaveSingleItem().Name.ShouldBe("Support Desk");
        percent.ShouldHaveSingleItem().Name.ShouldBe("100% done");
        (await Groups.ListAsync(Caller, null)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task GetAsync_AnotherAccountsGroup_IsNotFound()
    {
        var group = (await Groups.CreateAsync(Caller, "Support", null)).Value!;

        var result = await Groups.GetAsync(Stranger, group.Id);

        ShouldBeError(result.Error, 404, "not_found");
    }
}
