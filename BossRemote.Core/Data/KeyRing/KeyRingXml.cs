using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// The parts of a stored Data Protection key that hold its secret, in the format Data Protection writes: a secret left
/// in the clear carries <c>requiresEncryption="true"</c>; an encrypted one is an <c>encryptedSecret</c> element naming
/// its decryptor around the encryptor's output.
/// </summary>
internal static class KeyRingXml
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";
    private static readonly string OurDecryptor = typeof(AesGcmXmlDecryptor).FullName!;

    /// <summary>Secrets written before the key ring was encrypted (no encryptor was configured then).</summary>
    public static IReadOnlyList<XElement> PlaintextSecrets(XElement key) =>
        [.. key.Descendants().Where(e => (bool?)e.Attribute(RequiresEncryption) == true)];

    /// <summary>The encrypted secrets <see cref="AesGcmXmlDecryptor"/> reads (others, e.g. certificate-encrypted, are left alone).</summary>
    public static IReadOnlyList<XElement> OurEncryptedSecrets(XElement key) =>
        [.. key.Descendants(EncryptedSecret)
            .Where(e => ((string?)e.Attribute("decryptorType"))?.StartsWith(OurDecryptor + ",", StringComparison.Ordinal) == true)
            .Select(e => e.Elements().Single())];

    /// <summary>Replaces <paramref name="secret"/> with its encryption, exactly as Data Protection stores a new key.</summary>
    public static void Encrypt(XElement secret, IXmlEncryptor encryptor)
    {
        var encrypted = encryptor.Encrypt(new XElement(secret));
        secret.ReplaceWith(new XElement(EncryptedSecret,
            new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!),
            encrypted.EncryptedElement));
    }
}
