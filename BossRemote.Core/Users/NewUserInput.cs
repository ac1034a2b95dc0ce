using System.ComponentModel.DataAnnotations;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;

namespace BossRemote.Core.Users;

/// <summary>What an admin enters to create a user; validated again on the server, the password by Identity's rules.</summary>
public sealed class NewUserInput
{
    public const int EmailMaxLength = 256;

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter the person's e-mail address.")]
    [DeliverableEmail]
    [StringLength(EmailMaxLength, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    [AllowedValues(Roles.Technician, Roles.Admin, Roles.Supervisor, ErrorMessage = UserAdministrationMessages.UnknownRole)]
    public string Role { get; set; } = Roles.Technician;

    [Required(ErrorMessage = "Enter an initial password.")]
    public string Password { get; set; } = "";

    /// <summary>Runs the data annotations; returns the messages, empty when the input is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "Invalid value.")];
    }
}
