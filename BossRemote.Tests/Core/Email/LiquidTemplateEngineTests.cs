using BossRemote.Core.Email.Templates;

namespace BossRemote.Tests.Core.Email;

public class LiquidTemplateEngineTests
{
    private static readonly IReadOnlyList<TemplateParameter> Parameters = CustomerInvitationEmail.Parameters;

    private readonly LiquidTemplateEngine _engine = new();

    [Fact]
    public void Check_DefaultTemplate_IsValidWithoutWarnings()
    {
        var check = _engine.Check(CustomerInvitationEmail.DefaultSubject, CustomerInvitationEmail.DefaultBody, Parameters,
            CustomerInvitationEmail.CustomerLinkParameter);

        check.Errors.ShouldBeEmpty();
        check.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Check_UnclosedOutput_NamesTheLine()
    {
        var check = _engine.Check("Subject", "<p>Hello</p>\n<p>{{ requester.name }}</p>\n<p>{{ session.code </p>", Parameters);

        var error = check.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("Body");
        error.Line.ShouldBe(3);
        error.ToString().ShouldStartWith("Body, line 3: ");
    }

    [Fact]
    public void Check_UnclosedIf_IsAnError()
    {
        var check = _engine.Check("Subject", "{% if requester.name %}\nHello", Parameters);

        check.IsValid.ShouldBeFalse();
        check.Errors.ShouldHaveSingleItem().Field.ShouldBe("Body");
    }

    [Fact]
    public void Check_UnknownParameter_NamesItAndItsLine()
    {
        var check = _engine.Check("Ticket {{ ticket.number }}", "<p>Hi</p>\n<p>{{ ticket.priority }}</p>", Parameters);

        var error = check.Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe("Body, line 2: Unknown parameter ticket.priority.");
    }

    [Fact]
    public void Check_UnknownRootInSubject_IsReportedForTheSubject()
    {
        var check = _engine.Check("{{ customer.name }}", "{{ session.customer_link }}", Parameters);

        check.Errors.ShouldHaveSingleItem().ToString().ShouldBe("Subject, line 1: Unknown parameter customer.name.");
    }

    [Fact]
    public void Check_UnknownParameterInsideAnUntakenBranch_IsStillFound()
    {
        var check = _engine.Check("S", "{% if false %}{{ ticket.secret }}{% endif %}{{ session.customer_link }}", Parameters);

        check.Errors.ShouldHaveSingleItem().Message.ShouldBe("Unknown parameter ticket.secret.");
    }

    [Fact]
    public void Check_NamesTheTemplateDefinesItself_AreAllowed()
    {
        var check = _engine.Check("S", "{% assign greeting = 'Hi' %}{% capture who %}{{ requester.name }}{% endcapture %}{{ greeting }} {{ who }} {% for i in (1..2) %}{{ i }}{{ forloop.index }}{% endfor %}{{ session.customer_link }}", Parameters);

        check.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Check_UnknownFilter_IsAnError()
    {
        var check = _engine.Check("S", "{{ requester.name | shout }}{{ session.customer_link }}", Parameters);

        check.Errors.ShouldHaveSingleItem().Message.ShouldBe("Unknown filter shout.");
    }

    [Fact]
    public void Check_RawFilter_IsNotAvailable()
    {
        var check = _engine.Check("S", "{{ ticket.subject | raw }}{{ session.customer_link }}", Parameters);

        check.Errors.ShouldHaveSingleItem().Message.ShouldBe("Unknown filter raw.");
    }

    [Fact]
    public void Check_IncludeTag_IsNotAvailable()
    {
        var check = _engine.Check("S", "{% include 'secrets' %}{{ session.customer_link }}", Parameters);

        check.Errors.ShouldContain(e => e.Message == "The include tag is not available in e-mail templates.");
    }

    [Fact]
    public void Check_BodyWithoutCustomerLink_WarnsButIsValid()
    {
        var check = _engine.Check("S", "<p>Hello {{ requester.name }}</p>", Parameters, CustomerInvitationEmail.CustomerLinkParameter);

        check.IsValid.ShouldBeTrue();
        check.Warnings.ShouldHaveSingleItem().ShouldContain("session.customer_link");
    }

    [Fact]
    public async Task RenderAsync_EveryParameter_RendersItsValue()
    {
        var body = string.Join("|", Parameters.Select(p => p.Liquid));
        var facts = new InvitationFacts(1042, "VPN drops", "Emma Johnson", "emma@example.com", "Taylor Reed", "tech@example.com",
            "s123-456-789", "https://get.teamviewer.com/v15/s123456789", new DateTime(2026, 11, 28, 14, 3, 0, DateTimeKind.Utc),
            "Northwind IT", "cid:logo");

        var rendered = await _engine.RenderAsync("{{ ticket.number }} {{ company.name }}", body, CustomerInvitationEmail.Model(facts));

        rendered.Subject.ShouldBe("#1042 Northwind IT");
        rendered.HtmlBody.ShouldBe(
            "#1042|VPN drops|Emma Johnson|emma@example.com|Taylor Reed|tech@example.com|s123-456-789|" +
            "https://get.teamviewer.com/v15/s123456789|28 Nov 2026, 14:03 UTC|Northwind IT|cid:logo");
    }

    [Fact]
    public async Task RenderAsync_MarkupInRequesterNameAndSubject_IsEncodedInTheBody()
    {
        var facts = Facts with { RequesterName = "<script>alert(1)</script>", TicketSubject = "\"><img src=x onerror=alert(2)>" };

        var rendered = await _engine.RenderAsync("{{ ticket.subject }}", "<p>{{ requester.name }}</p><a title=\"{{ ticket.subject }}\">x</a>",
            CustomerInvitationEmail.Model(facts));

        rendered.HtmlBody.ShouldNotContain("<script>");
        rendered.HtmlBody.ShouldNotContain("<img");
        rendered.HtmlBody.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        rendered.HtmlBody.ShouldContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    }

    [Fact]
    public async Task RenderAsync_NewlinesInSubjectValues_GiveOneLine()
    {
        var facts = Facts with { TicketSubject = "Line one\r\nBcc: victim@example.com" };

        var rendered = await _engine.RenderAsync("Re: {{ ticket.subject }}", "x", CustomerInvitationEmail.Model(facts));

        rendered.Subject.ShouldBe("Re: Line one Bcc: victim@example.com");
    }

    [Theory]
    [InlineData("{{ ticket.GetType }}")]
    [InlineData("{{ ticket.subject.Length }}")]
    [InlineData("{{ requester.name.GetType.Assembly }}")]
    [InlineData("{{ session | json }}{{ ticket.subject.Chars }}")]
    public async Task RenderAsync_ReachingForDotNetMembers_GetsNothing(string attempt)
    {
        var rendered = await _engine.RenderAsync("s", attempt, CustomerInvitationEmail.Model(Facts));

        rendered.HtmlBody.ShouldNotContain("System");
        rendered.HtmlBody.ShouldNotContain("Assembly");
        rendered.HtmlBody.ShouldNotContain("Version=");
    }

    private static InvitationFacts Facts { get; } = new(1042, "VPN drops", "Emma", "emma@example.com", "Taylor", "t@example.com",
        "s123-456-789", "https://example.com/s123456789", new DateTime(2026, 11, 28, 14, 3, 0, DateTimeKind.Utc), "Northwind", null);
}
