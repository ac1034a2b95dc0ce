using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Settings;

/// <summary>
/// Company name and logo (SPEC §3.7), both kept in the database so every instance serves the same (SPEC §6). Reading is
/// open to the app (mail, customer page); changing is for admins.
/// </summary>
public sealed class BrandingService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    AuditLog audit,
    TimeProvider clock)
{
    public const int LogoMaxBytes = 512 * 1024;

    /// <summary>The answer to a file whose content is no accepted image, whatever its name says (SVG included).</summary>
    public const string LogoRefused =
        "Its content is not a PNG, JPEG, GIF or WebP image (BossRemote reads the file, not its name; SVG is not accepted). The logo was not changed.";

    public async Task<BrandingSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.BrandingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == BrandingSettings.SingletonId, cancellationToken)
            ?? new BrandingSettings();
    }

    public async Task<BrandingLogo?> GetLogoAsync(CancellationToken cancellationToken = default)
    {
        var settings = await GetAsync(cancellationToken);
        return settings.LogoContent is { } content ? new BrandingLogo(content, settings.LogoContentType ?? "image/png") : null;
    }

    public async Task<OperationResult> SaveCompanyNameAsync(ClaimsPrincipal user, string? companyName, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change the branding");
        companyName = companyName?.Trim() ?? "";
        if (companyName.Length is 0 or > BrandingSettings.CompanyNameMaxLength)
        {
            return OperationResult.Fail($"The company name is required and at most {BrandingSettings.CompanyNameMaxLength} characters.");
        }

        return await ChangeAsync(user, settings => settings.CompanyName = companyName, $"Company name {companyName}", cancellationToken);
    }

    /// <summary>Stores a new logo; its type is read from its bytes, whatever the browser claimed.</summary>
    public async Task<OperationResult> SaveLogoAsync(ClaimsPrincipal user, Stream content, long length, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change the branding");
        if (length is <= 0 or > LogoMaxBytes)
        {
            return OperationResult.Fail($"The logo must be at most {LogoMaxBytes / 1024} KB.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LogoMaxBytes)
            {
                return OperationResult.Fail($"The logo must be at most {LogoMaxBytes / 1024} KB.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        if (LogoImageType.Detect(bytes) is not { } contentType)
        {
            return OperationResult.Fail(LogoRefused);
        }

        return await ChangeAsync(user, settings => (settings.LogoContent, settings.LogoContentType) = (bytes, contentType),
            $"Uploaded a new logo ({contentType}, {bytes.Length / 1024.0:0.#} KB)", cancellationToken);
    }

    public async Task<OperationResult> RemoveLogoAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change the branding");
        return await ChangeAsync(user, settings => (settings.LogoContent, settings.LogoContentType) = (null, null), "Removed the logo", cancellationToken);
    }

    private async Task<OperationResult> ChangeAsync(
        ClaimsPrincipal user, Action<BrandingSettings> change, string details, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.BrandingSettings.SingleOrDefaultAsync(s => s.Id == BrandingSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            db.BrandingSettings.Add(settings = new BrandingSettings());
        }

        change(settings);
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.BrandingChanged, details);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }
}
