using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Core.Identity;

/// <summary>
/// Authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps either side for a phone's
/// clock, as Identity's own provider), each accepted once (OWASP ASVS 2.8.4): the step of the last accepted code is
/// kept with the person, and a code of that step or an earlier one is refused. Identity's provider would accept a code
/// seen over someone's shoulder again for the next 90 seconds. Replaces it under Identity's provider name.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    private const string Store = "[BossRemote]";
    private const string LastStep = "AuthenticatorLastStep";
    private const int Drift = 2;
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes, not the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var secret = FromBase32(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), CultureInfo.InvariantCulture, out var step) ? step : long.MinValue;
        for (var candidate = Math.Max(now - Drift, last + 1); candidate <= now + Drift; candidate++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, candidate)), Encoding.ASCII.GetBytes(token)))
            {
                // Refused if another request accepted a code for this person at the same moment (concurrency stamp).
                return (await manager.SetAuthenticationTokenAsync(user, Store, LastStep, candidate.ToString(CultureInfo.InvariantCulture))).Succeeded;
            }
        }

        return false;
    }

    /// <summary>RFC 6238's code for one time step.</summary>
    internal static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    internal static byte[] FromBase32(string key)
    {
        var bytes = new List<byte>(key.Length * 5 / 8);
        int bits = 0, value = 0;
        foreach (var c in key.ToUpperInvariant())
        {
            var digit = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                continue;
            }

            value = (value << 5) | digit;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
