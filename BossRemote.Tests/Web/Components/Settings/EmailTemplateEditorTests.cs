using AngleSharp.Dom;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Satisfaction;
using BossRemote.Tests.TestSupport;
using BossRemote.Web.Components.Pages.Settings.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BossRemote.Tests.Web.Components.Settings;

public class EmailTemplateEditorTests : BunitTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(3);

    private readonly List<(string Subject, string Body)> _saved = [];

    public EmailTemplateEditorTests() => Services.AddSingleton<LiquidTemplateEngine>();

    [Fact]
    public void Render_DefaultTemplate_PreviewsItWithSampleData()
    {
        var cut = RenderEditor(CustomerInvitationEmail.DefaultSubject, CustomerInvitationEmail.DefaultBody);

        cut.Find(TestId("tpl-preview-subject")).TextContent.ShouldBe("Northwind IT: remote support for ticket #1042");
        var preview = cut.Find(TestId("tpl-preview")).GetAttribute("srcdoc")!;
        preview.ShouldContain("Hello Emma Johnson,");
        preview.ShouldContain("https://get.teamviewer.com/v15/s123456789");
        cut.FindAll(TestId("tpl-errors")).ShouldBeEmpty();
    }

    [Fact]
    public void Render_Preview_IsASandboxedFrame()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        cut.Find(TestId("tpl-preview")).GetAttribute("sandbox").ShouldBe("");
    }

    [Fact]
    public async Task Body_Edited_PreviewFollows()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "<p>Hi {{ requester.name }}, join: {{ session.customer_link }}</p>" });

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-preview")).GetAttribute("srcdoc")!
            .ShouldBe("<p>Hi Emma Johnson, join: https://get.teamviewer.com/v15/s123456789</p>"), Wait);
    }

    [Fact]
    public async Task Body_PastedTenThousandParentheses_ShowsTheNestingLimitAndTheCircuitLives()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "{{" + new string('(', 10_000) });

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-errors")).TextContent.ShouldContain(TemplateLimits.NestingMessage), Wait);
    }

    [Fact]
    public async Task Body_LoopThatRendersTooLong_ShowsTheLimitInsteadOfAPreviewAndCannotBeSaved()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");
        var costly = "<p>{{ session.customer_link }}</p>{% for a in (1..1000) %}{% for b in (1..1000) %}{{ b }}{% endfor %}{% endfor %}";

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = costly });
        await cut.Find(TestId("tpl-save")).ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-errors")).TextContent.ShouldContain("that is the limit"), Wait);
        _saved.ShouldBeEmpty();
    }

    [Fact]
    public async Task Save_PressedRightAfterTyping_SavesWhatWasTyped()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-subject")).InputAsync(new() { Value = "New subject" });
        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "<p>Typed just now: {{ session.customer_link }}</p>" });
        await cut.Find(TestId("tpl-save")).ClickAsync(new());

        _saved.ShouldBe([("New subject", "<p>Typed just now: {{ session.customer_link }}</p>")]);
    }

    [Fact]
    public async Task ParameterClicked_InsertsItAndThePreviewShowsItsSample()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-param-technician.name")).ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-preview")).GetAttribute("srcdoc")!
            .ShouldBe("<p>https://get.teamviewer.com/v15/s123456789</p>Taylor Reed"), Wait);
        cut.Find(TestId("tpl-body")).GetAttribute("value")!.ShouldEndWith("{{ technician.name }}");
    }

    [Fact]
    public async Task Body_UnknownParameter_ShowsTheLineAndDisablesSave()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "<p>{{ session.customer_link }}</p>\n<p>{{ ticket.owner }}</p>" });

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-errors")).TextContent.ShouldContain("Body, line 2: Unknown parameter ticket.owner."), Wait);
        cut.Find(TestId("tpl-save")).IsDisabled().ShouldBeTrue();
    }

    [Fact]
    public async Task Body_DoesNotParse_ShowsTheParseErrorWithItsLine()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "<p>{{ session.customer_link }}</p>\n{% if requester.name %}" });

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-errors")).TextContent.ShouldContain("Body, line"), Wait);
    }

    [Fact]
    public async Task Body_WithoutCustomerLink_WarnsButCanBeSaved()
    {
        var cut = RenderEditor("S", "<p>{{ session.customer_link }}</p>");

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "<p>Call us.</p>" });

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-warning")).TextContent.ShouldContain("session.customer_link"), Wait);
        cut.Find(TestId("tpl-save")).IsDisabled().ShouldBeFalse();
    }

    [Fact]
    public async Task Save_Clicked_HandsOverTheEditedTemplate()
    {
        var cut = RenderEditor("Old", "<p>{{ session.customer_link }}</p>");
        await cut.Find(TestId("tpl-subject")).InputAsync(new() { Value = "New {{ ticket.number }}" });
        cut.WaitForAssertion(() => cut.Find(TestId("tpl-preview-subject")).TextContent.ShouldBe("New #1042"), Wait);

        await cut.Find(TestId("tpl-save")).ClickAsync(new());

        _saved.ShouldBe([("New {{ ticket.number }}", "<p>{{ session.customer_link }}</p>")]);
    }

    [Fact]
    public void Render_RatingTemplate_OffersItsOwnParametersAndPreviewsTheRatingLink()
    {
        var cut = RenderEditor(SatisfactionRatingEmail.DefaultSubject, SatisfactionRatingEmail.DefaultBody, SatisfactionRatingEmail.Definition);

        cut.Find(TestId("tpl-preview-subject")).TextContent.ShouldBe("Northwind IT: how did we do on ticket #1042?");
        cut.Find(TestId("tpl-preview")).GetAttribute("srcdoc")!.ShouldContain("href=\"https://helpdesk.example.com/rate/sample\"");
        cut.FindAll(TestId("tpl-param-rating.link")).ShouldHaveSingleItem();
        cut.FindAll(TestId("tpl-param-session.customer_link")).ShouldBeEmpty();
        cut.FindAll(TestId("tpl-errors")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Body_RatingTemplateWithoutItsLink_WarnsAboutTheRatingLinkAndRefusesTheInvitationsParameter()
    {
        var cut = RenderEditor(SatisfactionRatingEmail.DefaultSubject, SatisfactionRatingEmail.DefaultBody, SatisfactionRatingEmail.Definition);

        await cut.Find(TestId("tpl-body")).InputAsync(new() { Value = "<p>Thanks, {{ requester.name }}. {{ session.customer_link }}</p>" });

        cut.WaitForAssertion(() => cut.Find(TestId("tpl-warning")).TextContent.ShouldContain("{{ rating.link }}"), Wait);
        cut.Find(TestId("tpl-errors")).TextContent.ShouldContain("session.customer_link");
        cut.Find(TestId("tpl-save")).HasAttribute("disabled").ShouldBeTrue();
    }

    private IRenderedComponent<EmailTemplateEditor> RenderEditor(string subject, string body, EmailTemplateDefinition? template = null) =>
        Render<EmailTemplateEditor>(p => p
            .Add(c => c.Template, template ?? CustomerInvitationEmail.Definition)
            .Add(c => c.Subject, subject)
            .Add(c => c.Body, body)
            .Add(c => c.OnSave, ((string Subject, string Body) t) => _saved.Add(t)));
}
