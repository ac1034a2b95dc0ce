using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Tests.Core.Users;

public abstract class UserAdministrationServiceTests(TestDatabase database) : UserAdministrationTestBase(database)
{
    private static readonly IdentityErrorDescriber Describer = new();

    [Fact]
    public async Task CreateAsync_ValidInput_CreatesAPersonWhoSignsInWithTheRole()
    {
        var input = new NewUserInput { DisplayName = "  Jordan Lee ", Email = " jordan.lee@bossremote.test ", Role = Roles.Supervisor, Password = GoodPassword };

        var result = await Service.CreateAsync(AdminPrincipal, input);

        result.Succeeded.ShouldBeTrue(result.Error);
        var user = await FindAsync("jordan.lee@bossremote.test");
        user.DisplayName.ShouldBe("Jordan Lee");
        user.UserName.ShouldBe("jordan.lee@bossremote.test");
        (await RolesOfAsync(user.Id)).ShouldBe([Roles.Supervisor]);
        (await CheckSignInAsync(user.Id, GoodPassword)).Succeeded.ShouldBeTrue();
        var entry = (await AuditEntriesAsync()).ShouldHaveSingleItem();
        entry.Action.ShouldBe(AuditActions.UserCreated);
        entry.ActorId.ShouldBe(Database.Admin.Id);
        entry.ActorName.ShouldBe(Database.Admin.DisplayName);
        entry.Details.ShouldBe("Created Jordan Lee <jordan.lee@bossremote.test> as Supervisor");
    }

    [Fact]
    public async Task CreateAsync_EmailTakenInAnotherCase_IsRefusedWithAClearMessage()
    {
        var email = Database.Technician.Email.ToUpperInvariant();
        var before = (await Reader.ListAsync(AdminPrincipal)).Count;

        var result = await Service.CreateAsync(AdminPrincipal, new NewUserInput { DisplayName = "Twin", Email = email, Role = Roles.Technician, Password = GoodPassword });

        result.Error.ShouldBe(UserAdministrationMessages.DuplicateEmail(email));
        result.Error.ShouldBe($"Another user already signs in with {email}.");
        (await Reader.ListAsync(AdminPrincipal)).Count.ShouldBe(before);
        (await AuditEntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateAsync_WeakPassword_ShowsIdentitysMessagesAndCreatesNobody()
    {
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = "weak@bossremote.test", Role = Roles.Technician, Password = "password" };

        var result = await Service.CreateAsync(AdminPrincipal, input);

        result.Succeeded.ShouldBeFalse();
        var error = result.Error.ShouldNotBeNull();
        // One rule per line: the forms show them as a list.
        error.Split('\n').ShouldBeSubsetOf([
            Describer.PasswordTooShort(12).Description, Describer.PasswordRequiresDigit().Description,
            Describer.PasswordRequiresUpper().Description, Describer.PasswordRequiresNonAlphanumeric().Description,
            Describer.PasswordRequiresLower().Description, Describer.PasswordRequiresUniqueChars(1).Description]);
        error.Split('\n').ShouldContain(Describer.PasswordRequiresDigit().Description);
        error.Split('\n').ShouldContain(Describer.PasswordRequiresUpper().Description);
        error.Split('\n').ShouldContain(Describer.PasswordRequiresNonAlphanumeric().Description);
        (await Reader.ListAsync(AdminPrincipal)).ShouldNotContain(u => u.Email == "weak@bossremote.test");
        (await AuditEntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateAsync_ElevenCharacterPassword_IsRefusedAsTooShort()
    {
        var input = new NewUserInput { DisplayName = "Jordan Lee", Email = "short@bossremote.test", Role = Roles.Technician, Password = "Welcome!202" };

        var result = await Service.CreateAsync(AdminPrincipal, input);

        result.Error.ShouldBe(Describer.PasswordTooShort(12).Description);
        (await Reader.ListAsync(AdminPrincipal)).ShouldNotContain(u => u.Email == "short@bossremote.test");
    }

    [Theory]
    [InlineData("", "x@bossremote.test", Roles.Technician, "Enter the person's name.")]
    [InlineData("Jordan", "not-an-address", Roles.Technician, EmailAddresses.Invalid)]
    [InlineData("Jordan", "x@y", Roles.Technician, EmailAddresses.Invalid)]
    [InlineData("Jordan", "x@bossremote.test", "Root", UserAdministrationMessages.UnknownRole)]
    public async Task CreateAsync_InvalidInput_IsRefusedWithItsMessage(string name, string email, string role, string expected)
    {
        var result = await Service.CreateAsync(AdminPrincipal, new NewUserInput { DisplayName = name, Email = email, Role = role, Password = GoodPassword });

        result.Error.ShouldBe(expected);
        (await Reader.ListAsync(AdminPrincipal)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task ChangeRoleAsync_TechnicianToAdmin_ChangesTheRoleRenewsTheStampAndAudits()
    {
        var id = await CreateAsync(Roles.Technician);
        var stamp = (await LoadAsync(id)).SecurityStamp;

        var result = await Service.ChangeRoleAsync(AdminPrincipal, id, Roles.Admin);

        result.Succeeded.ShouldBeTrue(result.Error);
        (await RolesOfAsync(id)).ShouldBe([Roles.Admin]);
        (await LoadAsync(id)).SecurityStamp.ShouldNotBe(stamp);
        var entry = (await AuditEntriesAsync()).Last();
        entry.Action.ShouldBe(AuditActions.UserRoleChanged);
        entry.Details.ShouldEndWith("from Technician to Admin");
    }

    [Fact]
    public async Task ChangeRoleAsync_UnknownRole_IsRefused()
    {
        var result = await Service.ChangeRoleAsync(AdminPrincipal, Database.Technician.Id, "Owner");

        result.Error.ShouldBe(UserAdministrationMessages.UnknownRole);
        (await RolesOfAsync(Database.Technician.Id)).ShouldBe([Roles.Technician]);
    }

    [Fact]
    public async Task ChangeRoleAsync_OwnRole_IsRefusedEvenWithAnotherAdmin()
    {
        await CreateAsync(Roles.Admin);

        var result = await Service.ChangeRoleAsync(AdminPrincipal, Database.Admin.Id, Roles.Technician);

        result.Error.ShouldBe(UserAdministrationMessages.CannotChangeOwnRole);
        (await RolesOfAsync(Database.Admin.Id)).ShouldBe([Roles.Admin]);
    }

    [Fact]
    public async Task ChangeRoleAsync_AnotherAdminWhileTwoAreEnabled_IsAllowed()
    {
        var other = await CreateAsync(Roles.Admin);

        var result = await Service.ChangeRoleAsync(AdminPrincipal, other, Roles.Supervisor);

        result.Succeeded.ShouldBeTrue(result.Error);
        (await RolesOfAsync(other)).ShouldBe([Roles.Supervisor]);
    }

    [Fact]
    public async Task ChangeRoleAsync_LastEnabledAdmin_IsRefused()
    {
        // An admin disabled a minute ago still has an open page: the other admin is now the last one who can sign in.
        var other = await CreateAsync(Roles.Admin);
        var otherAdmin = PrincipalBuilder.Admin().WithId(other).Build();
        (await Service.DisableAsync(otherAdmin, Database.Admin.Id)).Succeeded.ShouldBeTrue();

        var result = await Service.ChangeRoleAsync(AdminPrincipal, other, Roles.Technician);

        result.Error.ShouldBe(UserAdministrationMessages.LastAdmin("Jordan Lee"));
        (await RolesOfAsync(other)).ShouldBe([Roles.Admin]);
    }

    [Fact]
    public async Task DisableAsync_Technician_CannotSignInAndTheStampIsRenewed()
    {
        var id = await CreateAsync(Roles.Technician);
        (await CheckSignInAsync(id, GoodPassword)).Succeeded.ShouldBeTrue();
        var stamp = (await LoadAsync(id)).SecurityStamp;

        var result = await Service.DisableAsync(AdminPrincipal, id);

        result.Succeeded.ShouldBeTrue(result.Error);
        var signIn = await CheckSignInAsync(id, GoodPassword);
        signIn.Succeeded.ShouldBeFalse();
        signIn.IsLockedOut.ShouldBeTrue();
        var stored = await LoadAsync(id);
        UserLockout.IsDisabled(stored.LockoutEnd).ShouldBeTrue();
        stored.SecurityStamp.ShouldNotBe(stamp);
        (await Reader.ListAsync(AdminPrincipal)).Single(u => u.Id == id).Status.ShouldBe(UserAccountStatus.Disabled);
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.UserDisabled);
    }

    [Fact]
    public async Task DisableAsync_PersonWhoseLockoutWasOff_IsStillLockedOut()
    {
        // The known people were stored without Identity's lockout switch; disabling must turn it on.
        var result = await Service.DisableAsync(AdminPrincipal, Database.Technician.Id);

        result.Succeeded.ShouldBeTrue(result.Error);
        var stored = await LoadAsync(Database.Technician.Id);
        stored.LockoutEnabled.ShouldBeTrue();
        UserLockout.IsDisabled(stored.LockoutEnd).ShouldBeTrue();
    }

    [Fact]
    public async Task DisableAsync_Self_IsRefused()
    {
        await CreateAsync(Roles.Admin);

        var result = await Service.DisableAsync(AdminPrincipal, Database.Admin.Id);

        result.Error.ShouldBe(UserAdministrationMessages.CannotDisableSelf);
        (await LoadAsync(Database.Admin.Id)).LockoutEnd.ShouldBeNull();
    }

    [Fact]
    public async Task DisableAsync_LastEnabledAdmin_IsRefused()
    {
        var other = await CreateAsync(Roles.Admin);
        var otherAdmin = PrincipalBuilder.Admin().WithId(other).Build();
        (await Service.DisableAsync(otherAdmin, Database.Admin.Id)).Succeeded.ShouldBeTrue();

        var result = await Service.DisableAsync(AdminPrincipal, other);

        result.Error.ShouldBe(UserAdministrationMessages.LastAdmin("Jordan Lee"));
        (await CheckSignInAsync(other, GoodPassword)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task DisableAsync_TwoAdminsDisableEachOtherAtOnce_OneWinsAndAnAdminRemains()
    {
        // The last-admin rule reads, then writes: without the write lock two transactions both see two admins and both
        // go ahead (PostgreSQL's read committed allows it). Several rounds, so the two really overlap.
        for (var round = 0; round < 6; round++)
        {
            await Database.ResetUsersAsync();
            var other = await CreateAsync(Roles.Admin);
            var otherAdmin = PrincipalBuilder.Admin().WithId(other).Build();

            var results = await Task.WhenAll(
                Task.Run(() => Service.DisableAsync(AdminPrincipal, other)),
                Task.Run(() => Service.DisableAsync(otherAdmin, Database.Admin.Id)));

            results.Count(r => r.Succeeded).ShouldBe(1, $"round {round}");
            results.Single(r => !r.Succeeded).Error!.ShouldContain("is the last enabled admin", Case.Sensitive, $"round {round}");
            (await EnabledAdminsAsync()).ShouldBe(1, $"round {round}");
        }
    }

    [Fact]
    public async Task EnableAsync_Disabled_CanSignInAgain()
    {
        var id = await CreateAsync();
        await Service.DisableAsync(AdminPrincipal, id);

        var result = await Service.EnableAsync(AdminPrincipal, id);

        result.Succeeded.ShouldBeTrue(result.Error);
        (await CheckSignInAsync(id, GoodPassword)).Succeeded.ShouldBeTrue();
        var entry = (await AuditEntriesAsync()).Last();
        entry.Action.ShouldBe(AuditActions.UserEnabled);
        entry.Details.ShouldStartWith("Enabled sign-in for Jordan Lee");
    }

    [Fact]
    public async Task EnableAsync_LockedAfterWrongPasswords_ListsTheLockoutThenUnlocksIt()
    {
        var id = await CreateAsync();
        await using (var db = Database.CreateDbContext())
        {
            var user = await db.Users.FindAsync(id);
            user!.LockoutEnd = Clock.GetUtcNow().AddMinutes(10);
            await db.SaveChangesAsync();
        }

        var listed = (await Reader.ListAsync(AdminPrincipal)).Single(u => u.Id == id);
        var result = await Service.EnableAsync(AdminPrincipal, id);

        listed.Status.ShouldBe(UserAccountStatus.LockedOut);
        listed.LockedUntil.ShouldBe(Now.AddMinutes(10));
        result.Succeeded.ShouldBeTrue(result.Error);
        (await LoadAsync(id)).LockoutEnd.ShouldBeNull();
        (await AuditEntriesAsync()).Last().Details.ShouldStartWith("Unlocked Jordan Lee");
    }

    [Fact]
    public async Task ResetPasswordAsync_NewPassword_OnlyTheNewOneWorksAndTheStampIsRenewed()
    {
        var id = await CreateAsync();
        var stamp = (await LoadAsync(id)).SecurityStamp;

        var result = await Service.ResetPasswordAsync(AdminPrincipal, id, "Another#Pass9");

        result.Succeeded.ShouldBeTrue(result.Error);
        (await CheckSignInAsync(id, "Another#Pass9")).Succeeded.ShouldBeTrue();
        (await CheckSignInAsync(id, GoodPassword)).Succeeded.ShouldBeFalse();
        (await LoadAsync(id)).SecurityStamp.ShouldNotBe(stamp);
        var entry = (await AuditEntriesAsync()).Last();
        entry.Action.ShouldBe(AuditActions.UserPasswordReset);
        entry.Details.ShouldNotContain("Another#Pass9");
    }

    [Fact]
    public async Task ResetPasswordAsync_WeakPassword_IsRefusedAndTheOldOneStillWorks()
    {
        var id = await CreateAsync();

        var result = await Service.ResetPasswordAsync(AdminPrincipal, id, "short");

        result.Error!.ShouldContain(Describer.PasswordTooShort(IdentityRules.MinimumPasswordLength).Description);
        (await CheckSignInAsync(id, GoodPassword)).Succeeded.ShouldBeTrue();
        (await AuditEntriesAsync()).Last().Action.ShouldBe(AuditActions.UserCreated);
    }

    [Fact]
    public async Task DisableAsync_UnknownUser_SaysItNoLongerExists()
    {
        var result = await Service.DisableAsync(AdminPrincipal, Guid.NewGuid().ToString());

        result.Error.ShouldBe(UserAdministrationMessages.NotFound);
    }

    [Fact]
    public async Task ListAsync_Admin_ListsEveryoneByNameWithRoleAndStatus()
    {
        var users = await Reader.ListAsync(AdminPrincipal);

        users.Select(u => u.DisplayName).ShouldBe(["Alex Morgan", "Maria Garcia", "Sam Whitaker", "Taylor Reed"]);
        users.Single(u => u.Id == Database.Supervisor.Id).Role.ShouldBe(Roles.Supervisor);
        users.ShouldAllBe(u => u.Status == UserAccountStatus.Active && u.LockedUntil == null);
    }

    [Theory]
    [InlineData(Roles.Technician)]
    [InlineData(Roles.Supervisor)]
    public async Task EveryMethod_NotAnAdmin_IsRefused(string role)
    {
        var user = new PrincipalBuilder().WithRole(role).For(Database.Technician).Build();
        var input = new NewUserInput { DisplayName = "Sneaky", Email = "sneaky@bossremote.test", Role = Roles.Admin, Password = GoodPassword };

        await Should.ThrowAsync<AccessDeniedException>(() => Reader.ListAsync(user));
        await Should.ThrowAsync<AccessDeniedException>(() => Service.CreateAsync(user, input));
        await Should.ThrowAsync<AccessDeniedException>(() => Service.ChangeRoleAsync(user, Database.Technician.Id, Roles.Admin));
        await Should.ThrowAsync<AccessDeniedException>(() => Service.DisableAsync(user, Database.Admin.Id));
        await Should.ThrowAsync<AccessDeniedException>(() => Service.EnableAsync(user, Database.Admin.Id));
        await Should.ThrowAsync<AccessDeniedException>(() => Service.ResetPasswordAsync(user, Database.Admin.Id, GoodPassword));

        (await RolesOfAsync(Database.Technician.Id)).ShouldBe([Roles.Technician]);
        (await AuditEntriesAsync()).ShouldBeEmpty();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : UserAdministrationServiceTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : UserAdministrationServiceTests(database), IClassFixture<PostgresTestDatabase>;
}
