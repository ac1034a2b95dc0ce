using BossRemote.Core.Identity;

namespace BossRemote.Core.Users;

/// <summary>One person on the users page.</summary>
/// <param name="Role">The person's role, or null when they have none (they can sign in but open nothing).</param>
/// <param name="LockedUntil">When a lockout after wrong passwords ends (UTC); null unless <see cref="UserAccountStatus.LockedOut"/>.</param>
public sealed record UserAccountView(
    string Id, string DisplayName, string Email, string? Role, UserAccountStatus Status, DateTime? LockedUntil);
