namespace BossRemote.Core.Users;

/// <summary>A person's two-factor sign-in, as their profile page shows it.</summary>
/// <param name="SharedKey">While setting up: the key to type into an authenticator app, in groups of four; else null.</param>
/// <param name="AuthenticatorUri">While setting up: the same key as an <c>otpauth://</c> link for authenticator apps; else null.</param>
/// <param name="IsRequired">Two-factor sign-in is required of this person (admins, when the installation says so).</param>
public sealed record TwoFactorStatus(
    bool IsEnabled, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri, bool IsRequired);
