using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Core.Users;

/// <summary>
/// One admin's change to one user: a fresh DI scope (so <see cref="UserManager{TUser}"/> and its store get a context
/// of their own, not a circuit's long-lived one) and one transaction around the rule checks, Identity's writes and the
/// audit entry. Changes to users take one write lock first (on SQLite the transaction's own BEGIN IMMEDIATE, on
/// PostgreSQL an advisory lock: DatabaseProviderExtensions.LockForWriteAsync), so two admins demoting each other at the
/// same moment are serialised and the last-admin rule cannot be raced. Disposed uncommitted, it rolls back.
/// </summary>
internal sealed class UserChangeScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly AuditLog _audit;
    private readonly ClaimsPrincipal _actor;
    /// <summary>The lock every change to users takes inside its transaction.</summary>
    public const string WriteLock = "users";

    private IDbContextTransaction? _transaction;

    private UserChangeScope(AsyncServiceScope scope, AuditLog audit, ClaimsPrincipal actor)
    {
        _scope = scope;
        _audit = audit;
        _actor = actor;
        Db = scope.ServiceProvider.GetRequiredService<BossRemoteDbContext>();
        Users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
    }

    public BossRemoteDbContext Db { get; }

    public UserManager<ApplicationUser> Users { get; }

    public bool IsActor(ApplicationUser user) => user.Id == _actor.GetUserId();

    public static async Task<UserChangeScope> BeginAsync(
        IServiceScopeFactory scopeFactory, AuditLog audit, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var change = new UserChangeScope(scopeFactory.CreateAsyncScope(), audit, actor);
        change._transaction = await change.Db.Database.BeginTransactionAsync(cancellationToken);
        await change.Db.Database.LockForWriteAsync(WriteLock, cancellationToken);
        return change;
    }

    public Task<ApplicationUser?> FindAsync(string? userId) => Users.FindByIdAsync(userId ?? "");

    /// <summary>Admins who can still sign in; the last of them must stay one.</summary>
    public async Task<int> CountEnabledAdminsAsync(CancellationToken cancellationToken)
    {
        var lockouts = await (
                from user in Db.Users
                join userRole in Db.UserRoles on user.Id equals userRole.UserId
                join role in Db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Admin
                select user.LockoutEnd)
            .ToListAsync(cancellationToken); // SQLite cannot compare DateTimeOffset: checked here
        return lockouts.Count(end => !UserLockout.IsDisabled(end));
    }

    /// <summary>Ends every session of <paramref name="user"/> with the change: their sign-in cookies stop working at once.</summary>
    public async Task<IdentityResult> EndSessionsAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        await Db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>Runs Identity's steps in order; the first refusal stops the rest and is returned as a sentence.</summary>
    public static async Task<string?> ApplyAsync(string email, params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return IdentityErrorText.For(result, email);
            }
        }

        return null;
    }

    /// <summary>Adds the audit entry and commits it together with the change.</summary>
    public async Task<OperationResult> CommitAsync(string action, string details, CancellationToken cancellationToken)
    {
        _audit.Add(Db, _actor, await UserNames.DisplayNameAsync(Db, _actor, cancellationToken), action, details);
        await Db.SaveChangesAsync(cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
        return OperationResult.Success;
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await _scope.DisposeAsync();
    }
}
