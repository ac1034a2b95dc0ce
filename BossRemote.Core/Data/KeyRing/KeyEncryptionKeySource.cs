using BossRemote.Core.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>Where this instance's key comes from: the setting when there is one, else (SQLite only) the data folder's file.</summary>
internal static class KeyEncryptionKeySource
{
    public static KeyEncryptionKey Resolve(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<KeyRingEncryptionOptions>>().Value.KeyEncryptionKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return KeyEncryptionKey.Parse(configured, KeyRingEncryptionOptions.SettingName);
        }

        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(KeyRingEncryptionOptionsValidator.PostgresNeedsKey);
        }

        return KeyEncryptionKeyFile.LoadOrCreate(
            services.GetRequiredService<DataDirectory>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyEncryptionKeyFile)));
    }
}
