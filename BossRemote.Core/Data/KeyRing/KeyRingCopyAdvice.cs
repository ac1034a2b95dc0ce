using BossRemote.Core.Common;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// What <c>copy-to-postgres</c> tells the operator about the key ring it copied: the instances on PostgreSQL need the
/// key that encrypts it, and on SQLite that key may be a file of the data folder they cannot see.
/// </summary>
public static class KeyRingCopyAdvice
{
    public static string For(string? configuredKey, DataDirectory source)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return $"The copied Data Protection key ring is encrypted with {KeyRingEncryptionOptions.SettingName}: give every PostgreSQL instance the same value.";
        }

        var file = Path.Combine(source.Root, KeyEncryptionKeyFile.FileName);
        return File.Exists(file)
            ? $"The copied Data Protection key ring is encrypted with the key in {file}: set {KeyRingEncryptionOptions.SettingName} to its contents on every PostgreSQL instance."
            : $"Set {KeyRingEncryptionOptions.SettingName} to one new key on every PostgreSQL instance (\"openssl rand -base64 {KeyEncryptionKey.SizeInBytes}\"): the first start encrypts the copied key ring with it.";
    }
}
