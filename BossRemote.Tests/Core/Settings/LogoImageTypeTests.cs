using BossRemote.Core.Settings;

namespace BossRemote.Tests.Core.Settings;

public class LogoImageTypeTests
{
    [Theory]
    [InlineData("89504E470D0A1A0A0000000D49484452000000010000000108", "image/png")]
    [InlineData("FFD8FFE000104A46494600", "image/jpeg")]
    [InlineData("47494638396101000100", "image/gif")]
    [InlineData("47494638376101000100", "image/gif")]
    [InlineData("524946462400000057454250565038", "image/webp")]
    public void Detect_KnownImage_NamesItsType(string hex, string expected)
    {
        LogoImageType.Detect(Convert.FromHexString(hex)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("3C737667")] // <svg
    [InlineData("89504E470D0A1A0A")] // a PNG signature with nothing after it
    [InlineData("524946462400000057415645")] // RIFF….WAVE: audio, not WebP
    [InlineData("")]
    public void Detect_AnythingElse_IsNothing(string hex)
    {
        LogoImageType.Detect(Convert.FromHexString(hex)).ShouldBeNull();
    }
}
