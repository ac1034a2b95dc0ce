using System.Security.Cryptography;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// The AES-256 key that encrypts the Data Protection key ring at rest (ADR-016), and where it came from, so a message
/// about it can tell an operator which setting or file to look at. Its fingerprint names it without revealing it.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const int SizeInBytes = 32;

    private readonly byte[] _bytes;

    private KeyEncryptionKey(byte[] bytes, string origin)
    {
        _bytes = bytes;
        Origin = origin;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 4));
    }

    /// <summary>Where the key came from, e.g. <c>DataProtection__KeyEncryptionKey</c> or the key file's path.</summary>
    public string Origin { get; }

    /// <summary>Eight hex digits of the key's SHA-256: the same key always has the same fingerprint.</summary>
    public string Fingerprint { get; }

    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>A new random key.</summary>
    public static KeyEncryptionKey Generate(string origin) => new(RandomNumberGenerator.GetBytes(SizeInBytes), origin);

    /// <summary>The key from its base64 text; a clear error naming <paramref name="origin"/> when it is not 32 bytes of base64.</summary>
    public static KeyEncryptionKey Parse(string base64, string origin) =>
        TryDecode(base64) is { } bytes
            ? new KeyEncryptionKey(bytes, origin)
            : throw new InvalidOperationException(InvalidMessage(origin));

    /// <summary>Whether <paramref name="base64"/> is a usable key.</summary>
    public static bool IsValid(string base64) => TryDecode(base64) is not null;

    public static string InvalidMessage(string origin) =>
        $"{origin} is not a key: it must be the base64 of {SizeInBytes} random bytes, e.g. the output of \"openssl rand -base64 {SizeInBytes}\".";

    public string ToBase64() => Convert.ToBase64String(_bytes);

    private static byte[]? TryDecode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == SizeInBytes ? buffer[..written] : null;
    }
}
