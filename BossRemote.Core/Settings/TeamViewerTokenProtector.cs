using Microsoft.AspNetCore.DataProtection;

namespace BossRemote.Core.Settings;

/// <summary>Encrypts the TeamViewer script token at rest with the app's persisted Data Protection key ring.</summary>
public sealed class TeamViewerTokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("BossRemote.TeamViewer.ScriptToken.v1");

    public string Protect(string token) => _protector.Protect(token);

    /// <summary>The token, or null when it cannot be decrypted (for example the key ring was lost).</summary>
    public string? TryUnprotect(string protectedToken)
    {
        try
        {
            return _protector.Unprotect(protectedToken);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static string HintFor(string token) => token.Length <= 4 ? "" : token[^4..];
}
