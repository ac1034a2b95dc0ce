using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// Encrypts each Data Protection key's secret part with AES-256-GCM under <see cref="KeyEncryptionKey"/> before the key
/// ring stores it in the database (ADR-016). Data Protection writes the decryptor's type name beside the result, so
/// <see cref="AesGcmXmlDecryptor"/> must keep its name and namespace.
/// </summary>
public sealed class AesGcmXmlEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    internal const string ElementName = "encryptedKey";
    internal const string Algorithm = "AES-256-GCM";
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    /// <summary>Binds every ciphertext to this use, so it cannot be passed off as anything else encrypted with the key.</summary>
    internal static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("BossRemote Data Protection key ring");

    /// <inheritdoc/>
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBox = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBox.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Bytes, TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedBox.AsSpan(NonceSize, plaintext.Length), sealedBox.AsSpan(NonceSize + plaintext.Length), AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(ElementName,
            new XAttribute("algorithm", Algorithm),
            new XAttribute("keyFingerprint", key.Fingerprint),
            new XComment($" Encrypted with {KeyRingEncryptionOptions.SettingName} (or the data folder's {KeyEncryptionKeyFile.FileName}); the key is not in this database. "),
            new XElement("value", Convert.ToBase64String(sealedBox)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }
}
