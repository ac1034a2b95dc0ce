using System.Text;
using BossRemote.Core.Demo;
using BossRemote.Core.Settings;
using BossRemote.Tests.EndToEnd.Infrastructure;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BossRemote.Tests.EndToEnd;

/// <summary>The branding page refuses, by content, a file that only calls itself an image.</summary>
public sealed class BrandingEndToEndTests(AppServerFixture app) : EndToEndTestBase(app)
{
    [Fact]
    public async Task UploadLogo_TextFilesNamedFakePng_AreRefusedAndTheLogoStaysAsItWas()
    {
        var before = await AppScope.WithAsync<BrandingService, BrandingLogo?>(App.Factory.Services, s => s.GetLogoAsync());
        await SignInAsync(DemoUsers.AdminEmail);
        await GotoInteractiveAsync("/settings/branding");
        var upload = Page.Locator("input[type=file]");
        byte[] pngHeaderThenText =
        [
            .. Convert.FromHexString("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489"),
            .. Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
        ];

        await upload.SetInputFilesAsync(new FilePayload { Name = "fake.png", MimeType = "image/png", Buffer = Encoding.UTF8.GetBytes("just some text") });
        await Expect(ByTestId("brand-error")).ToContainTextAsync("“fake.png” was not uploaded.");
        await Expect(ByTestId("brand-error")).ToContainTextAsync("not a PNG, JPEG, GIF or WebP image");
        await Expect(Page.Locator(".mud-chip", new() { HasText = "fake.png" })).ToHaveCountAsync(0); // nothing looks uploaded
        await GotoInteractiveAsync("/settings/branding");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "fake.png", MimeType = "image/png", Buffer = pngHeaderThenText });

        await Expect(ByTestId("brand-error")).ToContainTextAsync("“fake.png” was not uploaded.");
        await Expect(Page.GetByText("PNG, JPEG, GIF or WebP (not SVG)")).ToBeVisibleAsync();
        var after = await AppScope.WithAsync<BrandingService, BrandingLogo?>(App.Factory.Services, s => s.GetLogoAsync());
        (after is null).ShouldBe(before is null);
        after?.Content.ShouldBe(before!.Content);
    }
}
