using Microsoft.AspNetCore.Identity;

namespace BossRemote.Core.Identity;

/// <summary>A person who signs in: technician, admin or supervisor.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";
}
