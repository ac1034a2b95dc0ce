using System.Security.Claims;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Web.Components.Pages.Settings.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace BossRemote.Web.Components.Pages.Settings;

/// <summary>Settings ➜ People ➜ Users: every rule is the service's; this page asks, confirms and explains.</summary>
public sealed partial class UsersPage
{
    private static readonly List<BreadcrumbItem> Breadcrumbs =
        [new("Settings", "settings"), new("People", null, disabled: true), new("Users", null, disabled: true)];

    private IReadOnlyList<UserAccountView>? _users;
    private NewUserInput _newUser = new();
    private string? _createError;
    private string? _error;
    private string? _search;
    private string? _myId;
    private int _version;
    private bool _busy;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private UserAccountReader Reader { get; set; } = default!;

    [Inject]
    private UserAdministrationService Users { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IOptions<IdentityOptions> IdentityOptions { get; set; } = default!;

    private string PasswordHint => IdentityRules.DescribePassword(IdentityOptions.Value.Password);

    private IEnumerable<UserAccountView> Shown => string.IsNullOrWhiteSpace(_search)
        ? _users ?? []
        : (_users ?? []).Where(u => u.DisplayName.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)
            || u.Email.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase));

    protected override async Task OnInitializedAsync()
    {
        var user = await UserAsync();
        _myId = user.GetUserId();
        _users = await Reader.ListAsync(user);
    }

    private async Task CreateAsync(NewUserInput input)
    {
        _createError = null;
        var result = await RunAsync(user => Users.CreateAsync(user, input));
        if (result is { Succeeded: true })
        {
            Snackbar.Add($"{input.DisplayName.Trim()} can now sign in as {input.Email.Trim()}.", Severity.Success);
            _newUser = new NewUserInput();
        }
        else if (result is not null)
        {
            _createError = result.Error;
        }
    }

    private async Task ChangeRoleAsync(UserAccountView person, string role)
    {
        if (role != person.Role && await ConfirmAsync(
                "Change role", $"Make {person.DisplayName} a {role}? Their open pages are signed out within a minute; they sign in again with the new role.", "Change role"))
        {
            await ApplyAsync(user => Users.ChangeRoleAsync(user, person.Id, role), $"{person.DisplayName} is now a {role}.");
        }

        _version++; // a cancelled or refused choice: the select shows the stored role again
    }

    private async Task DisableAsync(UserAccountView person)
    {
        if (await ConfirmAsync(
                "Disable sign-in", $"Disable {person.DisplayName}? They cannot sign in any more and their open pages are signed out within a minute. Their tickets stay assigned to them.", "Disable"))
        {
            await ApplyAsync(user => Users.DisableAsync(user, person.Id), $"{person.DisplayName} can no longer sign in.");
        }
    }

    private Task EnableAsync(UserAccountView person) =>
        ApplyAsync(user => Users.EnableAsync(user, person.Id), $"{person.DisplayName} can sign in again.");

    private async Task ResetPasswordAsync(UserAccountView person)
    {
        var parameters = new DialogParameters<ResetPasswordDialog>
        {
            { d => d.Person, person },
            { d => d.PasswordHint, PasswordHint },
            { d => d.Reset, password => ResetAsync(person, password) },
        };
        var dialog = await Dialogs.ShowAsync<ResetPasswordDialog>("Reset password", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add($"The password of {person.DisplayName} was reset.", Severity.Success);
        }
    }

    private async Task<OperationResult> ResetAsync(UserAccountView person, string password)
    {
        try
        {
            return await Users.ResetPasswordAsync(await UserAsync(), person.Id, password);
        }
        catch (AccessDeniedException ex)
        {
            return OperationResult.Fail(ex.Message);
        }
    }

    private async Task<bool> ConfirmAsync(string title, string message, string yes) =>
        await Dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: "Cancel") == true;

    private async Task ApplyAsync(Func<ClaimsPrincipal, Task<OperationResult>> action, string done)
    {
        var result = await RunAsync(action);
        if (result is { Succeeded: true })
        {
            Snackbar.Add(done, Severity.Success);
        }
        else if (result is not null)
        {
            _error = result.Error;
        }
    }

    /// <summary>Runs one change at a time and reloads the list; null when another change was running or access was refused.</summary>
    private async Task<OperationResult?> RunAsync(Func<ClaimsPrincipal, Task<OperationResult>> action)
    {
        if (_busy)
        {
            return null;
        }

        (_busy, _error) = (true, null);
        try
        {
            var user = await UserAsync();
            var result = await action(user);
            _users = await Reader.ListAsync(user);
            return result;
        }
        catch (AccessDeniedException ex)
        {
            _error = ex.Message;
            return null;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;
}
