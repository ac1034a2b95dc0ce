namespace BossRemote.Core.Data.KeyRing;

/// <summary>Settings under <c>DataProtection</c> (environment form <c>DataProtection__KeyEncryptionKey</c>); ADR-016.</summary>
public sealed class KeyRingEncryptionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>The setting as an operator writes it in the environment, for messages.</summary>
    public const string SettingName = "DataProtection__KeyEncryptionKey";

    /// <summary>
    /// Base64 of 32 random bytes (<c>openssl rand -base64 32</c>): the AES-256 key that encrypts the Data Protection
    /// key ring in the database. Required on PostgreSQL, where every instance must have the same one; on SQLite, when
    /// empty, one is made once in the data folder (<see cref="KeyEncryptionKeyFile"/>).
    /// </summary>
    public string? KeyEncryptionKey { get; set; }
}
