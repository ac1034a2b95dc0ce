using Microsoft.AspNetCore.Identity;

namespace BossRemote.Core.Identity;

/// <summary>
/// The sign-in rules: unique e-mail, password strength, lockout after failed attempts. One place, so the app, the
/// user administration and its tests hold people to the same rules and show Identity's own messages.
/// </summary>
public static class IdentityRules
{
    /// <summary>OWASP ASVS 4.0 2.1.1: at least 12 characters.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>
    /// Wrong two-factor codes in a row before the account is locked. Wrong passwords never lock an account (anyone who
    /// knows the address could lock its owner out); sign-in throttling per address and account stops guessing instead.
    /// </summary>
    public const int MaxFailedAccessAttempts = 5;

    public static TimeSpan FailedAttemptsLockout { get; } = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
        options.Lockout.DefaultLockoutTimeSpan = FailedAttemptsLockout;
    }

    /// <summary>The password rules in one sentence, for the forms that ask for a new password.</summary>
    public static string DescribePassword(PasswordOptions password)
    {
        List<string> needs = [];
        if (password.RequireUppercase)
        {
            needs.Add("an upper-case letter");
        }

        if (password.RequireLowercase)
        {
            needs.Add("a lower-case letter");
        }

        if (password.RequireDigit)
        {
            needs.Add("a digit");
        }

        if (password.RequireNonAlphanumeric)
        {
            needs.Add("a symbol");
        }

        var length = $"At least {password.RequiredLength} characters";
        return needs.Count switch
        {
            0 => length + ".",
            1 => $"{length}, with {needs[0]}.",
            _ => $"{length}, with {string.Join(", ", needs[..^1])} and {needs[^1]}.",
        };
    }
}
