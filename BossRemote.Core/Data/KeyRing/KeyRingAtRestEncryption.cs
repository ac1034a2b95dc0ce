using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// At start-up, under the database's start-up lock: refuses a key that cannot decrypt the stored key ring (with the
/// decryptor's message naming the setting), and encrypts the keys an earlier version stored in the clear — in the
/// database or imported from <c>keys/</c> just before — so after the first start the database holds no readable key.
/// Runs after <see cref="LegacyKeyRingImport"/> and before anything protects or reads a secret.
/// </summary>
internal sealed class KeyRingAtRestEncryption(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    KeyEncryptionKey key,
    ILogger<KeyRingAtRestEncryption> logger) : IDataSeeder
{
    public int Order => -15;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var encryptor = new AesGcmXmlEncryptor(key);
        var decryptor = new AesGcmXmlDecryptor(key);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var encrypted = 0;
        foreach (var row in await db.DataProtectionKeys.Where(k => k.Xml != null).ToListAsync(cancellationToken))
        {
            var xml = XElement.Parse(row.Xml!);
            foreach (var secret in KeyRingXml.OurEncryptedSecrets(xml))
            {
                decryptor.Decrypt(secret);
            }

            var plaintext = KeyRingXml.PlaintextSecrets(xml);
            foreach (var secret in plaintext)
            {
                KeyRingXml.Encrypt(secret, encryptor);
            }

            if (plaintext.Count > 0)
            {
                row.Xml = xml.ToString(SaveOptions.DisableFormatting);
                encrypted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (encrypted > 0)
        {
            logger.LogInformation("Encrypted {Count} Data Protection key(s) that an earlier version stored in the clear", encrypted);
        }
    }
}
