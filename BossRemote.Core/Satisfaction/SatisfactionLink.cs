using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace BossRemote.Core.Satisfaction;

/// <summary>
/// The rating link's token (ADR-023): the case's id, the request's random code and the link's expiry, signed and
/// encrypted with the app's persisted key ring under its own purpose. The expiry is inside the protected payload (not
/// <c>ITimeLimitedDataProtector</c>, which needs a package the app does not reference), so it is checked against the
/// injected clock.
/// </summary>
public sealed class SatisfactionLink(IDataProtectionProvider provider)
{
    public const string Purpose = "BossRemote.Satisfaction.RatingLink.v1";

    private const int MaxTokenLength = 1000;

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>What a genuine token carries.</summary>
    public sealed record Contents(long ServiceCaseId, string Code, DateTime ExpiresAt)
    {
        public bool IsExpired(DateTime now) => now >= ExpiresAt;
    }

    /// <summary>The path of the public rating page for a token.</summary>
    public static string PathFor(string token) => $"/rate/{token}";

    public string Create(long serviceCaseId, string code, DateTime expiresAt) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{serviceCaseId}:{code}:{expiresAt.Ticks}"));

    /// <summary>What a token carries, or null when it was forged, changed or signed for another purpose.</summary>
    public Contents? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split(':');
            return parts.Length == 3
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks
                ? new Contents(caseId, parts[1], new DateTime(ticks, DateTimeKind.Utc))
                : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
