using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// Reads what <see cref="AesGcmXmlEncryptor"/> wrote. Data Protection creates it by the type name stored with each key,
/// passing the app's services; a key encrypted under another key-encryption key fails with a message that names the
/// setting, instead of Data Protection quietly making a new key ring that no stored token or cookie matches.
/// </summary>
public sealed class AesGcmXmlDecryptor : IXmlDecryptor
{
    private readonly KeyEncryptionKey _key;

    public AesGcmXmlDecryptor(IServiceProvider services)
        : this(services.GetRequiredService<KeyEncryptionKey>())
    {
    }

    internal AesGcmXmlDecryptor(KeyEncryptionKey key) => _key = key;

    /// <inheritdoc/>
    public XElement Decrypt(XElement encryptedElement)
    {
        var fingerprint = (string?)encryptedElement.Attribute("keyFingerprint");
        if (fingerprint != _key.Fingerprint)
        {
            throw new CryptographicException(
                $"The Data Protection key ring in the database was encrypted with another key (fingerprint {fingerprint}) than " +
                $"the one in {_key.Origin} (fingerprint {_key.Fingerprint}). Set {KeyRingEncryptionOptions.SettingName} to the key " +
                "this installation was set up with — on one machine, the one in its data folder's " +
                $"{KeyEncryptionKeyFile.FileName} — on every instance.");
        }

        var sealedBox = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        const int overhead = AesGcmXmlEncryptor.NonceSize + AesGcmXmlEncryptor.TagSize;
        if (sealedBox.Length < overhead)
        {
            throw new CryptographicException("A Data Protection key in the database is damaged: its encrypted value is too short.");
        }

        var plaintext = new byte[sealedBox.Length - overhead];
        try
        {
            using var aes = new AesGcm(_key.Bytes, AesGcmXmlEncryptor.TagSize);
            aes.Decrypt(sealedBox.AsSpan(0, AesGcmXmlEncryptor.NonceSize), sealedBox.AsSpan(AesGcmXmlEncryptor.NonceSize, plaintext.Length),
                sealedBox.AsSpan(AesGcmXmlEncryptor.NonceSize + plaintext.Length), plaintext, AesGcmXmlEncryptor.AssociatedData);
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (AuthenticationTagMismatchException failure)
        {
            throw new CryptographicException(
                $"A Data Protection key in the database does not decrypt with the key in {_key.Origin}: the stored key is damaged.", failure);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
