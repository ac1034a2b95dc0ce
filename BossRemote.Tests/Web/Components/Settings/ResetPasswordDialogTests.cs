using AngleSharp.Dom;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Settings.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BossRemote.Tests.Web.Components.Settings;

public class ResetPasswordDialogTests : BunitTestBase
{
    private static readonly UserAccountView Person = new("u1", "Jordan Lee", "jordan.lee@bossremote.test", Roles.Technician, UserAccountStatus.Active, null);

    private readonly List<string> _tried = [];

    [Fact]
    public async Task Confirm_NothingTyped_IsDisabled()
    {
        var (provider, _) = await ShowAsync(_ => OperationResult.Success);

        provider.Find(TestId("user-reset-password-confirm")).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public async Task Confirm_RulesRefuseThePassword_StaysOpenWithTheReason()
    {
        var (provider, dialog) = await ShowAsync(_ => OperationResult.Fail("Passwords must be at least 8 characters."));
        provider.Find(TestId("user-reset-password-input")).Input("short");

        await provider.Find(TestId("user-reset-password-confirm")).ClickAsync(new());

        _tried.ShouldBe(["short"]);
        provider.Find(TestId("user-reset-password-error")).TextContent.ShouldBe("Passwords must be at least 8 characters.");
        dialog.Result.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Confirm_PasswordAccepted_ClosesTheDialog()
    {
        var (provider, dialog) = await ShowAsync(_ => OperationResult.Success);
        provider.Find(TestId("user-reset-password-input")).Input("Another#Pass9");

        await provider.Find(TestId("user-reset-password-confirm")).ClickAsync(new());

        _tried.ShouldBe(["Another#Pass9"]);
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(3));
        result!.Canceled.ShouldBeFalse();
        provider.FindAll(TestId("user-reset-password-dialog")).ShouldBeEmpty();
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(Func<string, OperationResult> reset)
    {
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<ResetPasswordDialog>
        {
            { d => d.Person, Person },
            { d => d.Reset, password => { _tried.Add(password); return Task.FromResult(reset(password)); } },
        };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await Services.GetRequiredService<IDialogService>().ShowAsync<ResetPasswordDialog>("Reset password", parameters));
        return (provider, dialog!);
    }
}
