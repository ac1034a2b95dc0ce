using AngleSharp.Dom;
using BossRemote.Core.Common;
using BossRemote.Core.Identity;
using BossRemote.Core.Users;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Settings.Components;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BossRemote.Tests.Web.Components.Settings;

public class UserCreateFormTests : BunitTestBase
{
    private readonly List<NewUserInput> _submitted = [];

    [Fact]
    public async Task Submit_NothingEntered_ShowsWhatIsMissingAndSubmitsNothing()
    {
        var cut = RenderForm(new NewUserInput());

        await cut.Find(TestId("user-create")).SubmitAsync();

        var shown = cut.Find(TestId("user-create")).TextContent;
        shown.ShouldContain("Enter the person's name.");
        shown.ShouldContain("Enter the person's e-mail address.");
        shown.ShouldContain("Enter an initial password.");
        _submitted.ShouldBeEmpty();
    }

    [Fact]
    public async Task Submit_EmailWithoutDomain_SaysItIsNotValid()
    {
        var cut = RenderForm(new NewUserInput());
        await FillAsync(cut, "Jordan Lee", "jordan.lee", "Welcome!2026");

        await cut.Find(TestId("user-create")).SubmitAsync();

        cut.Find(TestId("user-create")).TextContent.ShouldContain(EmailAddresses.Invalid);
        _submitted.ShouldBeEmpty();
    }

    [Fact]
    public async Task Submit_Complete_HandsOverWhatWasEnteredWithTheDefaultRole()
    {
        var cut = RenderForm(new NewUserInput());
        await FillAsync(cut, "Jordan Lee", "jordan.lee@bossremote.test", "Welcome!2026");

        await cut.Find(TestId("user-create")).SubmitAsync();

        var input = _submitted.ShouldHaveSingleItem();
        input.DisplayName.ShouldBe("Jordan Lee");
        input.Email.ShouldBe("jordan.lee@bossremote.test");
        input.Role.ShouldBe(Roles.Technician);
        input.Password.ShouldBe("Welcome!2026");
    }

    [Fact]
    public void Render_SeveralRulesBroken_ListsEachOnItsOwnLine()
    {
        var cut = RenderForm(new NewUserInput(), error: "Passwords must be at least 12 characters.\nPasswords must have at least one digit ('0'-'9').", hint: null);

        cut.FindAll($"{TestId("user-create-error")} .br-error-line").Select(l => l.TextContent)
            .ShouldBe(["Passwords must be at least 12 characters.", "Passwords must have at least one digit ('0'-'9')."]);
    }

    [Fact]
    public void Render_ServerRefused_ShowsItsReasonAndThePasswordRules()
    {
        var cut = RenderForm(new NewUserInput(), error: "Passwords must have at least one digit ('0'-'9').", hint: "At least 8 characters.");

        cut.Find(TestId("user-create-error")).TextContent.ShouldBe("Passwords must have at least one digit ('0'-'9').");
        cut.Find(TestId("user-create")).TextContent.ShouldContain("At least 8 characters.");
    }

    [Fact]
    public void SubmitButton_PageBusy_IsDisabled()
    {
        var cut = RenderForm(new NewUserInput(), busy: true);

        cut.Find(TestId("user-create-submit")).IsDisabled().ShouldBeTrue();
    }

    private static async Task FillAsync(IRenderedComponent<UserCreateForm> cut, string name, string email, string password)
    {
        await cut.Find(TestId("user-create-name")).ChangeAsync(new ChangeEventArgs { Value = name });
        await cut.Find(TestId("user-create-email")).ChangeAsync(new ChangeEventArgs { Value = email });
        await cut.Find(TestId("user-create-password")).ChangeAsync(new ChangeEventArgs { Value = password });
    }

    private IRenderedComponent<UserCreateForm> RenderForm(NewUserInput input, string? error = null, string? hint = null, bool busy = false) =>
        Render<UserCreateForm>(p => p
            .Add(c => c.Input, input)
            .Add(c => c.Error, error)
            .Add(c => c.PasswordHint, hint)
            .Add(c => c.Busy, busy)
            .Add(c => c.OnSubmit, Recorder(_submitted)));
}
