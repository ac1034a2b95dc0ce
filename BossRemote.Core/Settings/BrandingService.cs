using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Settings;

/// <summary>Company name and logo (SPEC §3.7). Reading is open to the app (mail, customer page); changing is for admins.</summary>
public sealed class BrandingService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    DataDirectory dataDirectory,
    AuditLog audit,
    TimeProvider clock)
{
    public const int LogoMaxBytes = 512 * 1024;

    /// <summary>Raster images only: an SVG can carry script.</summary>
    public static IReadOnlyDictionary<string, string> LogoTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png", ["image/jpeg"] = ".jpg", ["image/gif"] = ".gif", ["image/webp"] = ".webp",
    };

    public async Task<BrandingSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.BrandingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == BrandingSettings.SingletonId, cancellationToken)
            ?? new BrandingSettings();
    }

    public async Task<BrandingLogo?> GetLogoAsync(CancellationToken cancellationToken = default)
    {
        var settings = await GetAsync(cancellationToken);
        if (settings.LogoFileName is not { } name || !File.Exists(LogoPath(name)))
        {
            return null;
        }

        return new BrandingLogo(await File.ReadAllBytesAsync(LogoPath(name), cancellationToken), settings.LogoContentType ?? "image/png");
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

    public async Task<OperationResult> SaveLogoAsync(
        ClaimsPrincipal user, Stream content, string contentType, long length, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change the branding");
        if (!LogoTypes.TryGetValue(contentType, out var extension))
        {
            return OperationResult.Fail("The logo must be a PNG, JPEG, GIF or WebP image.");
        }

        if (length is <= 0 or > LogoMaxBytes)
        {
            return OperationResult.Fail($"The logo must be at most {LogoMaxBytes / 1024} KB.");
        }

        var name = $"logo-{Guid.NewGuid():N}{extension}";
        await using (var file = File.Create(LogoPath(name)))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        string? previous = null;
        var result = await ChangeAsync(user, settings =>
        {
            previous = settings.LogoFileName;
            settings.LogoFileName = name;
            settings.LogoContentType = contentType.ToLowerInvariant();
        }, "Uploaded a new logo", cancellationToken);
        DeleteQuietly(previous);
        return result;
    }

    public async Task<OperationResult> RemoveLogoAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "change the branding");
        string? previous = null;
        var result = await ChangeAsync(user, settings =>
        {
            previous = settings.LogoFileName;
            settings.LogoFileName = null;
            settings.LogoContentType = null;
        }, "Removed the logo", cancellationToken);
        DeleteQuietly(previous);
        return result;
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
        audit.Add(db, user, await TicketTimeline.AuthorNameAsync(db, user, cancellationToken), AuditActions.BrandingChanged, details);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }

    private string LogoPath(string name) => dataDirectory.PathFor("branding", Path.GetFileName(name));

    private void DeleteQuietly(string? name)
    {
        if (name is null)
        {
            return;
        }

        try
        {
            File.Delete(LogoPath(name));
        }
        catch (IOException)
        {
            // An old logo left behind is harmless.
        }
    }
}
