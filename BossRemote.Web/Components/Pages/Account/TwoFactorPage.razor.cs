using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace BossRemote.Web.Components.Pages.Account;

/// <summary>
/// The person's own two-factor sign-in (a page of their profile). A plain form page, not an interactive one: turning it
/// on or off renews the security stamp, and only an HTTP response can hand the browser the refreshed sign-in cookie
/// (without it the person would be signed out within a minute, like their other browsers).
/// </summary>
public sealed partial class TwoFactorPage
{
    private TwoFactorStatus? _status;
    private IReadOnlyList<string>? _recoveryCodes;
    private string? _error;

    [Inject]
    private TwoFactorService TwoFactor { get; set; } = default!;

    [Inject]
    private SignInManager<ApplicationUser> SignInManager { get; set; } = default!;

    [Inject]
    private ILogger<TwoFactorPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [SupplyParameterFromForm(FormName = "two-factor-enable")]
    private string? EnableCode { get; set; }

    [SupplyParameterFromForm(FormName = "two-factor-disable")]
    private string? DisableCode { get; set; }

    private string ContinueUrl => Login.SafeReturnUrl(ReturnUrl);

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task StartAsync() => await AfterAsync(await TwoFactor.StartAsync(HttpContext.User), "started setting up");

    private async Task EnableAsync()
    {
        var result = await TwoFactor.EnableAsync(HttpContext.User, EnableCode ?? "");
        _recoveryCodes = result.Value;
        await AfterAsync(new OperationResult(result.Succeeded, result.Error), "turned on");
    }

    private async Task RenewCodesAsync()
    {
        var result = await TwoFactor.RenewRecoveryCodesAsync(HttpContext.User);
        _recoveryCodes = result.Value;
        _error = result.Error;
        await LoadAsync();
    }

    private async Task DisableAsync() => await AfterAsync(await TwoFactor.DisableAsync(HttpContext.User, DisableCode ?? ""), "turned off");

    /// <summary>A change renewed the security stamp: the sign-in is refreshed (a new session), the page shows the new state.</summary>
    private async Task AfterAsync(OperationResult result, string what)
    {
        if (result.Succeeded)
        {
            Logger.LogInformation("{User} {What} two-factor sign-in", HttpContext.User.Identity?.Name, what);
            if (await SignInManager.UserManager.GetUserAsync(HttpContext.User) is { } user)
            {
                await SignInManager.RefreshSignInAsync(user);
            }
        }
        else
        {
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            _error = result.Error;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var status = await TwoFactor.GetAsync(HttpContext.User);
        _status = status.Value;
        _error ??= status.Error;
    }
}
