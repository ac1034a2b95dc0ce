using System.Xml.Linq;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Integration.KeyRing;

/// <summary>The Data Protection keys as the database holds them, read as someone with only the database would.</summary>
public static class StoredKeyRing
{
    public static async Task<IReadOnlyList<XElement>> KeysAsync(BossRemoteWebFactory app)
    {
        await using var db = app.CreateDbContext();
        var rows = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync();
        return [.. rows.Select(XElement.Parse)];
    }

    /// <summary>Every key is there in encrypted form only: no <c>masterKey</c>, no secret marked as still to encrypt.</summary>
    public static void ShouldHoldNoReadableKey(this IReadOnlyList<XElement> keys)
    {
        keys.ShouldNotBeEmpty();
        foreach (var key in keys)
        {
            var text = key.ToString();
            key.Descendants().ShouldNotContain(e => e.Name.LocalName == "masterKey", text);
            key.Descendants().ShouldNotContain(e => e.Attributes().Any(a => a.Name.LocalName == "requiresEncryption"), text);
            key.Descendants().ShouldContain(e => e.Name.LocalName == "encryptedSecret", text);
            text.ShouldNotContain("unencrypted form");
        }
    }
}
