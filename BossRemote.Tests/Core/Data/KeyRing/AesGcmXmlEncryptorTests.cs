using System.Security.Cryptography;
using System.Xml.Linq;
using BossRemote.Core.Data.KeyRing;

namespace BossRemote.Tests.Core.Data.KeyRing;

public class AesGcmXmlEncryptorTests
{
    private static readonly XElement Secret = XElement.Parse(
        """<masterKey xmlns:p="http://schemas.asp.net/2015/03/dataProtection" p:requiresEncryption="true"><value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey>""");

    private readonly KeyEncryptionKey _key = KeyEncryptionKey.Generate("test key");

    [Fact]
    public void Encrypt_ThenDecryptWithTheSameKey_GivesTheElementBack()
    {
        var encrypted = new AesGcmXmlEncryptor(_key).Encrypt(Secret);

        var decrypted = new AesGcmXmlDecryptor(_key).Decrypt(encrypted.EncryptedElement);

        XNode.DeepEquals(decrypted, Secret).ShouldBeTrue();
        encrypted.DecryptorType.ShouldBe(typeof(AesGcmXmlDecryptor));
    }

    [Fact]
    public void Encrypt_Secret_LeavesNothingOfItReadable()
    {
        var encrypted = new AesGcmXmlEncryptor(_key).Encrypt(Secret).EncryptedElement.ToString();

        encrypted.ShouldNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA==");
        encrypted.ShouldNotContain("masterKey");
        encrypted.ShouldContain(_key.Fingerprint);
    }

    [Fact]
    public void Encrypt_SameElementTwice_GivesDifferentCiphertexts()
    {
        var encryptor = new AesGcmXmlEncryptor(_key);

        encryptor.Encrypt(Secret).EncryptedElement.ToString().ShouldNotBe(encryptor.Encrypt(Secret).EncryptedElement.ToString());
    }

    [Fact]
    public void Decrypt_WithAnotherKey_NamesTheSettingAndBothFingerprints()
    {
        var encrypted = new AesGcmXmlEncryptor(_key).Encrypt(Secret).EncryptedElement;
        var other = KeyEncryptionKey.Generate(KeyRingEncryptionOptions.SettingName);

        var refused = Should.Throw<CryptographicException>(() => new AesGcmXmlDecryptor(other).Decrypt(encrypted));

        refused.Message.ShouldContain("encrypted with another key");
        refused.Message.ShouldContain(_key.Fingerprint);
        refused.Message.ShouldContain(other.Fingerprint);
        refused.Message.ShouldContain(KeyRingEncryptionOptions.SettingName);
    }

    [Fact]
    public void Decrypt_TamperedCiphertext_SaysTheStoredKeyIsDamaged()
    {
        var encrypted = new AesGcmXmlEncryptor(_key).Encrypt(Secret).EncryptedElement;
        var value = Convert.FromBase64String(encrypted.Element("value")!.Value);
        value[^1] ^= 1;
        encrypted.Element("value")!.Value = Convert.ToBase64String(value);

        var refused = Should.Throw<CryptographicException>(() => new AesGcmXmlDecryptor(_key).Decrypt(encrypted));

        refused.Message.ShouldContain("damaged");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Parse_NotThirtyTwoBytesOfBase64_SaysWhatAKeyLooksLike(string text)
    {
        var refused = Should.Throw<InvalidOperationException>(() => KeyEncryptionKey.Parse(text, KeyRingEncryptionOptions.SettingName));

        refused.Message.ShouldContain($"{KeyRingEncryptionOptions.SettingName} is not a key");
        refused.Message.ShouldContain("openssl rand -base64 32");
    }

    [Fact]
    public void Parse_ItsOwnBase64_HasTheSameFingerprint()
    {
        var parsed = KeyEncryptionKey.Parse(_key.ToBase64() + "\n", "file");

        parsed.Fingerprint.ShouldBe(_key.Fingerprint);
    }
}
