using System.Text.Encodings.Web;

namespace BossRemote.Core.Users;

/// <summary>An authenticator key as people and apps take it in: typed (groups of four) or as an otpauth:// link.</summary>
internal static class AuthenticatorKey
{
    private const string Issuer = "BossRemote";

    /// <summary>Lower case in groups of four, so it is easy to type; apps ignore case and spaces.</summary>
    public static string Format(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    /// <summary>The key URI format authenticator apps read (issuer, account, secret, 6 digits).</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(email)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
}
