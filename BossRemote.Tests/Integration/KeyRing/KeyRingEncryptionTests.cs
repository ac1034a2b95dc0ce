using System.Runtime.Versioning;
using BossRemote.Core.Data;
using BossRemote.Core.Data.KeyRing;
using BossRemote.Core.TeamViewer;
using BossRemote.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BossRemote.Tests.Integration.KeyRing;

/// <summary>
/// ASVS 6.4: the Data Protection key ring in the database is encrypted with a key the database does not hold — on one
/// machine a key made once in the data folder, readable by its owner only (ADR-016).
/// </summary>
public sealed class KeyRingEncryptionTests : IDisposable
{
    private const string Token = "key-ring-restart-token-2f9c";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "bossremote-tests", "key-ring-" + Guid.NewGuid().ToString("N"), "data");

    [Fact]
    public async Task Start_FreshDataFolder_StoresTheKeyRingEncryptedAndLogsNoUnencryptedKeyWarning()
    {
        await using var app = Start(new RecordingWebFactory());
        using var client = SignInClient.CreateClient(app);
        (await client.GetAsync("/Account/Login")).EnsureSuccessStatusCode();

        (await StoredKeyRing.KeysAsync(app)).ShouldHoldNoReadableKey(); // made during this start: the folder was new
        app.Logs.Entries.ShouldNotContain(e => e.Message.Contains("No XML encryptor configured", StringComparison.Ordinal));
        app.Logs.Entries.ShouldNotContain(e => e.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Start_FreshDataFolder_CreatesTheFolderAndTheKeyFileForTheOwnerOnly()
    {
        await using var app = Start(new BossRemoteWebFactory());

        File.GetUnixFileMode(_dataFolder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(Path.Combine(_dataFolder, KeyEncryptionKeyFile.FileName)).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public async Task Restart_SameDataFolder_StillDecryptsTheStoredTeamViewerToken()
    {
        await using (Start(new BossRemoteWebFactory().WithSetting("TeamViewer:ScriptToken", Token)))
        {
        }

        await using var restarted = Start(new BossRemoteWebFactory());
        var token = await restarted.Services.GetRequiredService<ITeamViewerTokenProvider>().GetTokenAsync();

        token.ShouldBe(Token);
        (await StoredKeyRing.KeysAsync(restarted)).ShouldHoldNoReadableKey();
    }

    [Fact]
    public async Task Restart_KeyFileLost_RefusesToStartNamingTheSettingAndTheFile()
    {
        await using (Start(new BossRemoteWebFactory()))
        {
        }

        File.Delete(Path.Combine(_dataFolder, KeyEncryptionKeyFile.FileName));
        await using var restarted = new BossRemoteWebFactory().WithSetting("BossRemote:DataDirectory", _dataFolder);
        var refused = Should.Throw<Exception>(() => restarted.Server).GetBaseException();

        refused.Message.ShouldContain("encrypted with another key");
        refused.Message.ShouldContain(KeyRingEncryptionOptions.SettingName);
        refused.Message.ShouldContain(KeyEncryptionKeyFile.FileName);
    }

    [Fact]
    public async Task Start_KeyThatIsNotAKey_RefusesToStartNamingTheSetting()
    {
        await using var app = new BossRemoteWebFactory().WithSetting("DataProtection:KeyEncryptionKey", "correct horse battery staple");

        var refused = Should.Throw<OptionsValidationException>(() => app.Server);

        refused.Message.ShouldContain($"{KeyRingEncryptionOptions.SettingName} is not a key");
    }

    [Fact]
    public async Task Start_LegacyKeysFolderInTheClear_MovesThemInEncryptedAndStillUnprotectsWhatTheyProtected()
    {
        const string purpose = "BossRemote.Tests.LegacyKeyRing";
        var legacy = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(_dataFolder, LegacyKeyRingImport.FolderName)),
            builder => builder.SetApplicationName("BossRemote"));
        var protectedBefore = legacy.CreateProtector(purpose).Protect("written before the key ring was encrypted");

        await using var app = Start(new BossRemoteWebFactory());

        (await StoredKeyRing.KeysAsync(app)).ShouldHoldNoReadableKey();
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(protectedBefore)
            .ShouldBe("written before the key ring was encrypted");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_dataFolder)!, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }

    private T Start<T>(T app) where T : BossRemoteWebFactory
    {
        app.WithSetting("BossRemote:DataDirectory", _dataFolder);
        _ = app.Server; // migrations and seeders run before it serves
        return app;
    }
}
