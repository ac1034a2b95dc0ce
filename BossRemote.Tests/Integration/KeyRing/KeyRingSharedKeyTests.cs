using System.Net;
using BossRemote.Core.Data.KeyRing;
using BossRemote.Core.Demo;
using BossRemote.Tests.Integration.Infrastructure;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace BossRemote.Tests.Integration.KeyRing;

/// <summary>
/// On PostgreSQL every instance shares the key ring, so every instance must have the same key-encryption key: with it
/// they share sign-ins; without one, or with another one, an instance refuses to start and says why (ADR-016).
/// </summary>
public sealed class KeyRingSharedKeyTests : IAsyncLifetime
{
    private readonly string _databaseName = "bossremote_keyring_" + Guid.NewGuid().ToString("N");
    private string _database = "";

    public async Task InitializeAsync() => _database = await PostgresDatabases.CreateAsync(_databaseName);

    public async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await PostgresDatabases.DropAsync(_databaseName);
    }

    [Fact]
    public async Task SignIn_OnOneInstance_IsHonouredByAnotherWithTheSameKey()
    {
        await using var a = Start(new BossRemoteWebFactory().UsePostgres(_database));
        await using var b = Start(new BossRemoteWebFactory().UsePostgres(_database));
        using var signIn = SignInClient.CreateClient(a);
        var signedIn = await SignInClient.PostSignInAsync(signIn, DemoUsers.TechnicianEmail);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BossRemote.Auth=", StringComparison.Ordinal)).Split(';')[0];
        using var onB = b.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        onB.DefaultRequestHeaders.Add("Cookie", cookie);

        var tickets = await onB.GetAsync("/tickets");

        tickets.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StoredKeyRing.KeysAsync(a)).ShouldHoldNoReadableKey();
    }

    [Fact]
    public async Task Start_AnotherKeyThanTheKeyRingsOnTheSameDatabase_RefusesNamingTheSetting()
    {
        await using (Start(new BossRemoteWebFactory().UsePostgres(_database)))
        {
        }

        await using var other = new BossRemoteWebFactory().UsePostgres(_database)
            .WithSetting(TestKeyEncryptionKey.Setting, KeyEncryptionKey.Generate("test").ToBase64());
        var refused = Should.Throw<Exception>(() => other.Server).GetBaseException();

        refused.Message.ShouldContain("encrypted with another key");
        refused.Message.ShouldContain(KeyRingEncryptionOptions.SettingName);
    }

    [Fact]
    public async Task Start_OnPostgresWithoutAKey_RefusesNamingTheSetting()
    {
        await using var app = new BossRemoteWebFactory().UsePostgres(_database).WithSetting(TestKeyEncryptionKey.Setting, null);

        var refused = Should.Throw<OptionsValidationException>(() => app.Server);

        refused.Message.ShouldContain($"Database__Provider is Postgres, so set {KeyRingEncryptionOptions.SettingName}");
    }

    private static BossRemoteWebFactory Start(BossRemoteWebFactory app)
    {
        _ = app.Server;
        return app;
    }
}
