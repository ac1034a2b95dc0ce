using System.Text.RegularExpressions;
using BossRemote.Core.TeamViewerSimulator;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorSessionCodesTests
{
    [Fact]
    public void NewSessionCode_Always_IsSAndNineDashGroupedDigits()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => SimulatorIds.NewSessionCode()).ToList();

        codes.ShouldAllBe(code => Regex.IsMatch(code, @"^s\d{3}-\d{3}-\d{3}$"));
    }

    [Theory]
    [InlineData("s123-456-789", "s123-456-789")]
    [InlineData("s123456789", "s123-456-789")]
    [InlineData("S123456789", "s123-456-789")]
    [InlineData(" s123 456 789 ", "s123-456-789")]
    [InlineData("s12-345-678", "s12-345-678")]
    [InlineData("s12345678", "s12-345-678")]
    public void Normalize_AnySpelling_GivesTheStoredForm(string input, string expected)
    {
        SimulatorSessionCodes.Normalize(input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    [InlineData("s1234")]
    [InlineData("x123-456-789")]
    [InlineData("s1234567890")]
    [InlineData("s123-456-78a")]
    public void Normalize_NotACode_IsNull(string input)
    {
        SimulatorSessionCodes.Normalize(input).ShouldBeNull();
    }

    [Fact]
    public void Undashed_DashedCode_IsTheLinkForm()
    {
        SimulatorSessionCodes.Undashed("s123-456-789").ShouldBe("s123456789");
    }

    [Fact]
    public void NewSupporterToken_Always_IsTwelveLettersOrDigits()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => SimulatorIds.NewSupporterToken()).ToList();

        tokens.ShouldAllBe(token => Regex.IsMatch(token, "^[A-Za-z0-9]{12}$"));
        tokens.Distinct().Count().ShouldBe(tokens.Count);
    }
}
