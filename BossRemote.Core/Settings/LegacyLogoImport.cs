using BossRemote.Core.Common;
using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Settings;

/// <summary>
/// Earlier installations kept the logo as a file in the data folder, which a second instance cannot see. At start-up
/// that file is read into the database once (if it is still an accepted image) and forgotten; the file is left alone.
/// </summary>
internal sealed class LegacyLogoImport(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    DataDirectory dataDirectory,
    ILogger<LegacyLogoImport> logger) : IDataSeeder
{
    public int Order => -10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.BrandingSettings.SingleOrDefaultAsync(s => s.LegacyLogoFileName != null, cancellationToken);
        if (settings is null)
        {
            return;
        }

        var path = Path.Combine(dataDirectory.Root, "branding", Path.GetFileName(settings.LegacyLogoFileName!));
        var content = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
        if (content is { Length: > 0 and <= BrandingService.LogoMaxBytes } && LogoImageType.Detect(content) is { } contentType)
        {
            (settings.LogoContent, settings.LogoContentType) = (content, contentType);
            logger.LogInformation("Moved the branding logo from {Path} into the database", path);
        }
        else
        {
            logger.LogWarning("The branding logo {Path} is missing or not an image; the logo is cleared", path);
        }

        settings.LegacyLogoFileName = null;
        await db.SaveChangesAsync(cancellationToken);
    }
}
