namespace BossRemote.Core.Settings;

/// <summary>Company name and logo (SPEC §3.7), used in e-mails and on the customer page. One row.</summary>
public sealed class BrandingSettings
{
    public const int SingletonId = 1;
    public const string DefaultCompanyName = "BossRemote Help Desk";
    public const int CompanyNameMaxLength = 100;

    public int Id { get; set; } = SingletonId;

    public string CompanyName { get; set; } = DefaultCompanyName;

    /// <summary>The logo itself, kept in the database so every instance serves the same one (SPEC §6).</summary>
    public byte[]? LogoContent { get; set; }

    public string? LogoContentType { get; set; }

    /// <summary>
    /// Where earlier installations kept the logo: a file in the data folder's <c>branding</c> folder. Read once at
    /// start-up into <see cref="LogoContent"/> (<see cref="LegacyLogoImport"/>), then cleared.
    /// </summary>
    public string? LegacyLogoFileName { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool HasLogo => LogoContent is not null;
}
