namespace BossRemote.Core.Settings;

/// <summary>Company name and logo (SPEC §3.7), used in e-mails and on the customer page. One row.</summary>
public sealed class BrandingSettings
{
    public const int SingletonId = 1;
    public const string DefaultCompanyName = "BossRemote Help Desk";
    public const int CompanyNameMaxLength = 100;

    public int Id { get; set; } = SingletonId;

    public string CompanyName { get; set; } = DefaultCompanyName;

    /// <summary>The logo's file in the data folder's <c>branding</c> folder, or null without a logo.</summary>
    public string? LogoFileName { get; set; }

    public string? LogoContentType { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool HasLogo => LogoFileName is not null;
}
