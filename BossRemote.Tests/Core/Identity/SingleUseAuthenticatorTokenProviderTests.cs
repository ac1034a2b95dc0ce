using BossRemote.Core.Identity;

namespace BossRemote.Tests.Core.Identity;

public class SingleUseAuthenticatorTokenProviderTests
{
    /// <summary>RFC 6238 appendix B's SHA-1 secret ("12345678901234567890") in base32, as authenticator keys are stored.</summary>
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_RfcTestVectors_AreTheLastSixDigits(long unixSeconds, string expected)
    {
        var code = SingleUseAuthenticatorTokenProvider.Code(SingleUseAuthenticatorTokenProvider.FromBase32(RfcKey), unixSeconds / 30);

        code.ShouldBe(expected);
    }

    [Fact]
    public void FromBase32_KeyAsShownInGroups_ReadsTheSameSecret()
    {
        var shown = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq";

        SingleUseAuthenticatorTokenProvider.FromBase32(shown).ShouldBe("12345678901234567890"u8.ToArray());
    }

    [Fact]
    public void TestAuthenticator_RfcVector_AgreesWithTheApp()
    {
        TestSupport.Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(1111111109)).ShouldBe("081804");
    }
}
