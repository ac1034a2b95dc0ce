using System.Text;
using BossRemote.Core.Settings;

namespace BossRemote.Tests.Core.Settings;

public class LogoImageTypeTests
{
    /// <summary>1×1 images as their encoders write them.</summary>
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
    private const string Gif89 = "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
    private const string WebP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    [Theory]
    [InlineData(Png, "image/png")]
    [InlineData(Gif89, "image/gif")]
    [InlineData(WebP, "image/webp")]
    public void Detect_EncodedImage_NamesItsType(string base64, string expected)
    {
        LogoImageType.Detect(Convert.FromBase64String(base64)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("FFD8FFE000104A46494600010100000100010000FFD9", "image/jpeg")]
    [InlineData("FFD8FFE000104A46494600010100000100010000FFD90000", "image/jpeg")] // zero padding after the end marker
    [InlineData("474946383761010001000000003B", "image/gif")] // GIF87a
    public void Detect_KnownFrame_NamesItsType(string hex, string expected)
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

    [Theory]
    [InlineData("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489")] // PNG signature and IHDR, then text
    [InlineData("FFD8FFE000104A4649460001")] // JPEG start, then text
    [InlineData("474946383961010001000000")] // GIF89a screen, then text
    [InlineData("52494646FFFF000057454250565038")] // RIFF….WEBPVP8 with a length that is not the file's
    public void Detect_SignatureCopiedInFrontOfText_IsNothing(string hexPrefix)
    {
        var content = Convert.FromHexString(hexPrefix).Concat(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")).ToArray();

        LogoImageType.Detect(content).ShouldBeNull();
    }

    [Fact]
    public void Detect_SvgEvenWellFormed_IsNothing()
    {
        var svg = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><script>alert(1)</script></svg>");

        LogoImageType.Detect(svg).ShouldBeNull();
    }
}
