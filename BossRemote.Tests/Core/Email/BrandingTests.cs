using BossRemote.Core.Common;
using BossRemote.Core.Settings;
using BossRemote.Tests.TestSupport;
using MimeKit;

namespace BossRemote.Tests.Core.Email;

public class BrandingTests(SqliteTestDatabase database) : EmailTestBase(database)
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Invitation_CompanyNameAndLogoSet_CarriesThemInSenderSubjectAndInlineImage()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();
        (await Branding.SaveCompanyNameAsync(admin, "Northwind IT")).Succeeded.ShouldBeTrue();
        (await Branding.SaveLogoAsync(admin, new MemoryStream(Png), "image/png", Png.Length)).Succeeded.ShouldBeTrue();
        var (_, delivery) = await StartCaseWithInvitationAsync();

        await Attempt.RunAsync(delivery.Id);

        var message = (await Smtp.WaitForMessagesAsync(1)).ShouldHaveSingleItem();
        message.From.Mailboxes.Single().Name.ShouldBe("Northwind IT");
        message.Subject.ShouldBe("Northwind IT: remote support for ticket #1042");
        message.HtmlBody!.ShouldContain($"src=\"{BrandingLogo.EmailUrl}\"");
        var logo = message.BodyParts.OfType<MimePart>().Single(p => p.ContentId == BrandingLogo.ContentId);
        logo.ContentType.MimeType.ShouldBe("image/png");
        using var content = new MemoryStream();
        await logo.Content!.DecodeToAsync(content);
        content.ToArray().ShouldBe(Png);
    }

    [Fact]
    public async Task Invitation_NoLogo_HasNoImage()
    {
        var (_, delivery) = await StartCaseWithInvitationAsync();

        await Attempt.RunAsync(delivery.Id);

        var message = (await Smtp.WaitForMessagesAsync(1)).ShouldHaveSingleItem();
        message.HtmlBody!.ShouldNotContain("<img");
        message.BodyParts.OfType<MimePart>().ShouldNotContain(p => p.ContentId == BrandingLogo.ContentId);
    }

    [Theory]
    [InlineData("image/svg+xml")]
    [InlineData("text/html")]
    public async Task SaveLogoAsync_NotARasterImage_IsRefused(string contentType)
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        var result = await Branding.SaveLogoAsync(admin, new MemoryStream(Png), contentType, Png.Length);

        result.Error.ShouldBe("The logo must be a PNG, JPEG, GIF or WebP image.");
        (await Branding.GetAsync()).HasLogo.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveLogoAsync_TooLarge_IsRefused()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        var result = await Branding.SaveLogoAsync(admin, new MemoryStream(new byte[10]), "image/png", BrandingService.LogoMaxBytes + 1);

        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveCompanyNameAsync_Technician_IsRefused()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => Branding.SaveCompanyNameAsync(Technician(), "Evil Corp"));

        (await Branding.GetAsync()).CompanyName.ShouldBe(BrandingSettings.DefaultCompanyName);
    }
}
