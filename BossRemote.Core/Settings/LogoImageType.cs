namespace BossRemote.Core.Settings;

/// <summary>
/// Tells a logo's image type from its first bytes (PNG, JPEG, GIF, WebP), never from a file name or the browser's
/// claim: a text file named <c>logo.png</c>, or an SVG (which can carry script), is no logo.
/// </summary>
public static class LogoImageType
{
    /// <summary>The bytes that must open each accepted format.</summary>
    private static readonly (string ContentType, byte?[] Signature)[] Signatures =
    [
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]), // + IHDR
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/gif", [0x47, 0x49, 0x46, 0x38, null, 0x61]), // GIF87a / GIF89a
        ("image/webp", [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]), // RIFF….WEBP
    ];

    /// <summary>The longest signature: how many bytes to look at.</summary>
    public static int SniffLength { get; } = Signatures.Max(s => s.Signature.Length);

    /// <summary>The content type of <paramref name="content"/>, or null when it is none of the accepted images.</summary>
    public static string? Detect(ReadOnlySpan<byte> content)
    {
        foreach (var (contentType, signature) in Signatures)
        {
            if (Matches(content, signature))
            {
                return contentType;
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<byte> content, byte?[] signature)
    {
        if (content.Length < signature.Length)
        {
            return false;
        }

        for (var i = 0; i < signature.Length; i++)
        {
            if (signature[i] is { } expected && content[i] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
