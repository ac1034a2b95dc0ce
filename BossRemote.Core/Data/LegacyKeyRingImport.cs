using BossRemote.Core.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Data;

/// <summary>
/// The Data Protection key ring lives in the database, so every instance decrypts the stored TeamViewer token and reads
/// every sign-in cookie (SPEC §6). Earlier installations kept it in the data folder's <c>keys</c> folder: on the first
/// start with an empty key table, those keys are copied in, so the token encrypted with them can still be read.
/// </summary>
internal sealed class LegacyKeyRingImport(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    DataDirectory dataDirectory,
    ILogger<LegacyKeyRingImport> logger) : IDataSeeder
{
    public const string FolderName = "keys";

    public int Order => -20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataDirectory.Root, FolderName);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml") : [];
        if (files.Length == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = await File.ReadAllTextAsync(file, cancellationToken),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Moved {Count} Data Protection key(s) from {Folder} into the database", files.Length, folder);
    }
}
