using BossRemote.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Core.Users;

/// <summary>
/// Turns Identity's refusals into a message for the admin: clearer words for a taken or unusable address; otherwise
/// Identity's own messages (the password rules broken), one per line, for the forms to show as a list.
/// </summary>
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

        return string.Join('\n', result.Errors.Select(e => e.Description));
    }
}
