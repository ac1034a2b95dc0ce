using BossRemote.Core.Common;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Data.KeyRing;

/// <summary>
/// On one machine with no <c>DataProtection__KeyEncryptionKey</c>, the key lives in a file of the data folder, made on
/// the first start and readable by its owner only: <c>dotnet run</c> needs no setting, and the database alone (a
/// copy, a backup) does not reveal the key ring.
/// </summary>
internal static class KeyEncryptionKeyFile
{
    public const string FileName = "keyring-encryption.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static KeyEncryptionKey LoadOrCreate(DataDirectory dataDirectory, ILogger logger)
    {
        var path = dataDirectory.PathFor(FileName);
        if (!File.Exists(path))
        {
            var created = KeyEncryptionKey.Generate(path);
            if (TryCreate(path, created.ToBase64()))
            {
                logger.LogInformation(
                    "Made a new key to encrypt the Data Protection key ring: {Path}. Back it up apart from the database; without it the stored TeamViewer token and sign-ins cannot be read.",
                    path);
                return created;
            }
        }

        WarnIfOthersCanRead(path, logger);
        return KeyEncryptionKey.Parse(File.ReadAllText(path), path);
    }

    /// <summary>Writes the new file, owner-only from its first byte; false when another process made it first.</summary>
    private static bool TryCreate(string path, string base64)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.WriteLine(base64);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static void WarnIfOthersCanRead(string path, ILogger logger)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly & ~UnixFileMode.UserExecute) != 0)
        {
            logger.LogWarning("{Path} can be read by other users; make it readable by the owner only (chmod 600).", path);
        }
    }
}
