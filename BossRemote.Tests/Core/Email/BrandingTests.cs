using BossRemote.Core.Common;
using BossRemote.Core.Settings;
using BossRemote.Tests.TestSupport;
using MimeKit;

namespace BossRemote.Tests.Core.Email;

public abstract class BrandingTests(TestDatabase database) : EmailTestBase(database)
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Invitation_CompanyNameAndLogoSet_CarriesThemInSenderSubjectAndInlineImage()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();
        (await Branding.SaveCompanyNameAsync(admin, "Northwind IT")).Succeeded.ShouldBeTrue();
        (await Branding.SaveLogoAsync(admin, new MemoryStream(Png), Png.Length)).Succeeded.ShouldBeTrue();
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
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<html><body>fake.png</body></html>")]
    [InlineData("just some text in a file named fake.png")]
    public async Task SaveLogoAsync_BytesAreNotARasterImage_IsRefusedWhateverTheName(string text)
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);

        var result = await Branding.SaveLogoAsync(admin, new MemoryStream(bytes), bytes.Length);

        result.Error.ShouldBe(BrandingService.LogoRefused);
        (await Branding.GetAsync()).HasLogo.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveLogoAsync_Png_IsStoredInTheDatabaseWithTheTypeItsBytesSay()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        await Branding.SaveLogoAsync(admin, new MemoryStream(Png), Png.Length);

        var logo = (await Branding.GetLogoAsync()).ShouldNotBeNull();
        logo.ContentType.ShouldBe("image/png");
        logo.Content.ShouldBe(Png);
    }

    [Fact]
    public async Task SaveLogoAsync_TooLarge_IsRefused()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        var result = await Branding.SaveLogoAsync(admin, new MemoryStream(new byte[10]), BrandingService.LogoMaxBytes + 1);

        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveLogoAsync_StreamLongerThanAnnounced_IsRefusedOnceTheLimitIsPassed()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();
        var big = new byte[BrandingService.LogoMaxBytes + 100];
        Png.CopyTo(big, 0);

        var result = await Branding.SaveLogoAsync(admin, new MemoryStream(big), Png.Length);

        result.Succeeded.ShouldBeFalse();
        (await Branding.GetAsync()).HasLogo.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveCompanyNameAsync_Technician_IsRefused()
    {
        await Should.ThrowAsync<AccessDeniedException>(() => Branding.SaveCompanyNameAsync(Technician(), "Evil Corp"));

        (await Branding.GetAsync()).CompanyName.ShouldBe(BrandingSettings.DefaultCompanyName);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : BrandingTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : BrandingTests(database), IClassFixture<PostgresTestDatabase>;
}
