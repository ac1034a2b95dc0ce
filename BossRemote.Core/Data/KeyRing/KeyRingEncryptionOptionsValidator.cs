using Microsoft.Extensions.Options;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// Refuses to start with a key that is not one, and on PostgreSQL without a key at all: instances sharing a database
/// must share the key, and a key made on one machine would lock every other instance out of the key ring.
/// </summary>
internal sealed class KeyRingEncryptionOptionsValidator(IOptions<DatabaseOptions> database) : IValidateOptions<KeyRingEncryptionOptions>
{
    public static readonly string PostgresNeedsKey =
        $"Database__Provider is Postgres, so set {KeyRingEncryptionOptions.SettingName} to the same key on every instance: " +
        $"the base64 of {KeyEncryptionKey.SizeInBytes} random bytes (\"openssl rand -base64 {KeyEncryptionKey.SizeInBytes}\"). It encrypts the " +
        "Data Protection key ring that all instances share in the database; keep it apart from the database's backups.";

    public ValidateOptionsResult Validate(string? name, KeyRingEncryptionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            return database.Value.Provider == DatabaseProvider.Postgres
                ? ValidateOptionsResult.Fail(PostgresNeedsKey)
                : ValidateOptionsResult.Success;
        }

        return KeyEncryptionKey.IsValid(options.KeyEncryptionKey)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(KeyEncryptionKey.InvalidMessage(KeyRingEncryptionOptions.SettingName));
    }
}
