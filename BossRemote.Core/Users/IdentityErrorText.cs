using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Core.Users;

/// <summary>Turns Identity's refusals into one sentence for the admin: its own password messages, clearer others.</summary>
internal static class IdentityErrorText
{
    private static readonly IdentityErrorDescriber Describer = new();

    public static string For(IdentityResult result, string email)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Contains(Describer.DuplicateEmail(email).Code) || codes.Contains(Describer.DuplicateUserName(email).Code))
        {
            return UserAdministrationMessages.DuplicateEmail(email);
        }

        if (codes.Contains(Describer.InvalidUserName(email).Code))
        {
            return UserAdministrationMessages.InvalidEmailAsUserName;
        }

        return string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
