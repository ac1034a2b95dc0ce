using System.Buffers.Binary;

namespace BossRemote.Core.Settings;

/// <summary>
/// Tells a logo's image type from its content (PNG, JPEG, GIF, WebP), never from a file name or the browser's claim:
/// a text file named <c>logo.png</c>, or an SVG (which can carry script), is no logo. Beyond the opening bytes it reads
/// the frame each format puts around its pixels (PNG's chunks up to <c>IEND</c>, the JPEG end marker, GIF's screen
/// size and trailer, the RIFF length of WebP), so text behind a copied signature is refused too.
/// </summary>
public static class LogoImageType
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> JpegEnd => [0xFF, 0xD9];

    /// <summary>The content type of <paramref name="content"/>, or null when it is none of the accepted images.</summary>
    public static string? Detect(ReadOnlySpan<byte> content) => content switch
    {
        _ when IsPng(content) => "image/png",
        _ when IsJpeg(content) => "image/jpeg",
        _ when IsGif(content) => "image/gif",
        _ when IsWebP(content) => "image/webp",
        _ => null,
    };

    /// <summary>Signature, an <c>IHDR</c> of 13 bytes with a size, then well-formed chunks up to <c>IEND</c>.</summary>
    private static bool IsPng(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith(PngSignature))
        {
            return false;
        }

        var position = PngSignature.Length;
        var first = true;
        while (position + 12 <= content.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[position..]);
            var type = content.Slice(position + 4, 4);
            if (length > int.MaxValue || !IsChunkType(type) || position + 12 + (long)length > content.Length)
            {
                return false;
            }

            if (first && (!type.SequenceEqual("IHDR"u8) || length != 13
                || BinaryPrimitives.ReadUInt32BigEndian(content[(position + 8)..]) == 0
                || BinaryPrimitives.ReadUInt32BigEndian(content[(position + 12)..]) == 0))
            {
                return false;
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return true;
            }

            first = false;
            position += 12 + (int)length;
        }

        return false;
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Start of image and a marker, and the end-of-image marker last (zero padding allowed after it).</summary>
    private static bool IsJpeg(ReadOnlySpan<byte> content)
    {
        var end = content.TrimEnd((byte)0);
        return content.Length >= 6 && content.StartsWith(JpegStart) && end.EndsWith(JpegEnd);
    }

    /// <summary><c>GIF87a</c>/<c>GIF89a</c>, a screen of at least 1×1, and the trailer byte last.</summary>
    private static bool IsGif(ReadOnlySpan<byte> content) =>
        content.Length >= 14
        && (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        && BinaryPrimitives.ReadUInt16LittleEndian(content[6..]) > 0
        && BinaryPrimitives.ReadUInt16LittleEndian(content[8..]) > 0
        && content[^1] == 0x3B;

    /// <summary><c>RIFF</c> whose length is the file's, <c>WEBP</c>, then a VP8, VP8L or VP8X chunk.</summary>
    private static bool IsWebP(ReadOnlySpan<byte> content)
    {
        if (content.Length < 20 || !content.StartsWith("RIFF"u8) || !content[8..].StartsWith("WEBP"u8))
        {
            return false;
        }

        var riffLength = BinaryPrimitives.ReadUInt32LittleEndian(content[4..]);
        var chunk = content.Slice(12, 4);
        return riffLength == content.Length - 8
            && (chunk.SequenceEqual("VP8 "u8) || chunk.SequenceEqual("VP8L"u8) || chunk.SequenceEqual("VP8X"u8));
    }
}
