using System.Globalization;
using System.Text;

namespace BossRemote.Web.Security;

/// <summary>
/// A redirect target as an HTTP header can carry it. A <c>ReturnUrl</c> arrives decoded (<c>/tickets/✓</c>), and Kestrel
/// refuses a non-ASCII header value by throwing — a 500 for anyone who follows such a link.
/// </summary>
public static class LocationHeader
{
    /// <summary>Percent-encodes, as UTF-8, every character a header value cannot hold; leaves everything else as it is.</summary>
    public static string Encode(string uri)
    {
        if (uri.All(IsPlain))
        {
            return uri;
        }

        var encoded = new StringBuilder(uri.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in uri.EnumerateRunes())
        {
            if (rune.IsAscii && IsPlain((char)rune.Value))
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            foreach (var octet in utf8[..rune.EncodeToUtf8(utf8)])
            {
                encoded.Append('%').Append(octet.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static bool IsPlain(char c) => c is > ' ' and < '\x7f';
}
