using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Users;

/// <summary>
/// Settings ➜ Users (SPEC §1: admins manage users): create people, change their role, disable and enable sign-in,
/// reset passwords. Disabling, a role change and a password reset end the person's sessions (their cookies stop working
/// at once) and renew the security stamp (their open pages are signed out at the next revalidation, within a minute).
/// Every change is audited.
/// </summary>
public sealed class UserAdministrationService(IServiceScopeFactory scopeFactory, UserAccess access, AuditLog audit, TimeProvider clock)
{
    internal const string Operation = "manage users";

    public async Task<OperationResult> CreateAsync(ClaimsPrincipal actor, NewUserInput input, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(actor, Policies.Admin, Operation);
        var candidate = new NewUserInput
        {
            DisplayName = input.DisplayName?.Trim() ?? "", Email = input.Email?.Trim() ?? "", Role = input.Role, Password = input.Password ?? "",
        };
        if (candidate.Validate() is [var invalid, ..])
        {
            return OperationResult.Fail(invalid);
        }

        await using var change = await BeginAsync(actor, cancellationToken);
        if (await change.Users.FindByEmailAsync(candidate.Email) is not null)
        {
            return OperationResult.Fail(UserAdministrationMessages.DuplicateEmail(candidate.Email));
        }

        var user = new ApplicationUser { UserName = candidate.Email, Email = candidate.Email, EmailConfirmed = true, DisplayName = candidate.DisplayName };
        return await UserChangeScope.ApplyAsync(
                candidate.Email,
                () => change.Users.CreateAsync(user, candidate.Password),
                () => change.Users.AddToRoleAsync(user, candidate.Role)) is { } error
            ? OperationResult.Fail(error)
            : await change.CommitAsync(AuditActions.UserCreated, $"Created {Who(user)} as {candidate.Role}", cancellationToken);
    }

    public async Task<OperationResult> ChangeRoleAsync(ClaimsPrincipal actor, string userId, string role, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(actor, Policies.Admin, Operation);
        if (!Roles.All.Contains(role))
        {
            return OperationResult.Fail(UserAdministrationMessages.UnknownRole);
        }

        await using var change = await BeginAsync(actor, cancellationToken);
        if (await change.FindAsync(userId) is not { } user)
        {
            return OperationResult.Fail(UserAdministrationMessages.NotFound);
        }

        var current = await change.Users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
        {
            return OperationResult.Success;
        }

        if (change.IsActor(user))
        {
            return OperationResult.Fail(UserAdministrationMessages.CannotChangeOwnRole);
        }

        if (current.Contains(Roles.Admin) && !UserLockout.IsDisabled(user.LockoutEnd) && await change.CountEnabledAdminsAsync(cancellationToken) <= 1)
        {
            return OperationResult.Fail(UserAdministrationMessages.LastAdmin(user.DisplayName));
        }

        var from = current.Count == 0 ? "no role" : string.Join(", ", current);
        return await UserChangeScope.ApplyAsync(
                user.Email ?? "",
                () => change.Users.RemoveFromRolesAsync(user, current),
                () => change.Users.AddToRoleAsync(user, role),
                () => change.Users.UpdateSecurityStampAsync(user),
                () => change.EndSessionsAsync(user, cancellationToken)) is { } error
            ? OperationResult.Fail(error)
            : await change.CommitAsync(AuditActions.UserRoleChanged, $"Changed the role of {Who(user)} from {from} to {role}", cancellationToken);
    }

    public async Task<OperationResult> DisableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(actor, Policies.Admin, Operation);
        await using var change = await BeginAsync(actor, cancellationToken);
        if (await change.FindAsync(userId) is not { } user)
        {
            return OperationResult.Fail(UserAdministrationMessages.NotFound);
        }

        if (change.IsActor(user))
        {
            return OperationResult.Fail(UserAdministrationMessages.CannotDisableSelf);
        }

        if (UserLockout.IsDisabled(user.LockoutEnd))
        {
            return OperationResult.Success;
        }

        if (await change.Users.IsInRoleAsync(user, Roles.Admin) && await change.CountEnabledAdminsAsync(cancellationToken) <= 1)
        {
            return OperationResult.Fail(UserAdministrationMessages.LastAdmin(user.DisplayName));
        }

        return await UserChangeScope.ApplyAsync(
                user.Email ?? "",
                () => change.Users.SetLockoutEnabledAsync(user, true),
                () => change.Users.SetLockoutEndDateAsync(user, UserLockout.DisabledUntil),
                () => change.Users.UpdateSecurityStampAsync(user),
                () => change.EndSessionsAsync(user, cancellationToken)) is { } error
            ? OperationResult.Fail(error)
            : await change.CommitAsync(AuditActions.UserDisabled, $"Disabled sign-in for {Who(user)}", cancellationToken);
    }

    /// <summary>Turns sign-in back on; also lifts a lockout after wrong passwords ("Unlock").</summary>
    public async Task<OperationResult> EnableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(actor, Policies.Admin, Operation);
        await using var change = await BeginAsync(actor, cancellationToken);
        if (await change.FindAsync(userId) is not { } user)
        {
            return OperationResult.Fail(UserAdministrationMessages.NotFound);
        }

        var status = UserLockout.StatusOf(user.LockoutEnd, clock.GetUtcNow());
        if (status == UserAccountStatus.Active)
        {
            return OperationResult.Success;
        }

        var details = status == UserAccountStatus.Disabled ? $"Enabled sign-in for {Who(user)}" : $"Unlocked {Who(user)} after failed sign-ins";
        return await UserChangeScope.ApplyAsync(
                user.Email ?? "",
                () => change.Users.SetLockoutEndDateAsync(user, null),
                () => change.Users.ResetAccessFailedCountAsync(user)) is { } error
            ? OperationResult.Fail(error)
            : await change.CommitAsync(AuditActions.UserEnabled, details, cancellationToken);
    }

    /// <summary>Sets a new password chosen by the admin, held to Identity's password rules.</summary>
    public async Task<OperationResult> ResetPasswordAsync(
        ClaimsPrincipal actor, string userId, string newPassword, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(actor, Policies.Admin, Operation);
        if (string.IsNullOrEmpty(newPassword))
        {
            return OperationResult.Fail(UserAdministrationMessages.PasswordRequired);
        }

        await using var change = await BeginAsync(actor, cancellationToken);
        if (await change.FindAsync(userId) is not { } user)
        {
            return OperationResult.Fail(UserAdministrationMessages.NotFound);
        }

        // Both steps renew the security stamp; a password the rules refuse rolls the removal back with the transaction.
        return await UserChangeScope.ApplyAsync(
                user.Email ?? "",
                () => change.Users.RemovePasswordAsync(user),
                () => change.Users.AddPasswordAsync(user, newPassword),
                () => change.EndSessionsAsync(user, cancellationToken)) is { } error
            ? OperationResult.Fail(error)
            : await change.CommitAsync(AuditActions.UserPasswordReset, $"Reset the password of {Who(user)}", cancellationToken);
    }

    private Task<UserChangeScope> BeginAsync(ClaimsPrincipal actor, CancellationToken cancellationToken) =>
        UserChangeScope.BeginAsync(scopeFactory, audit, actor, cancellationToken);

    private static string Who(ApplicationUser user) => $"{user.DisplayName} <{user.Email}>";
}
