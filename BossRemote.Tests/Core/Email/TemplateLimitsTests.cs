using System.Diagnostics;
using BossRemote.Core.Email.Templates;

namespace BossRemote.Tests.Core.Email;

/// <summary>Issue "Hardening" 1: a template pasted into the editor can neither crash nor exhaust the server.</summary>
public class TemplateLimitsTests
{
    private static readonly IReadOnlyList<TemplateParameter> Parameters = CustomerInvitationEmail.Parameters;

    private readonly LiquidTemplateEngine _engine = new();

    [Fact]
    public void Check_TenThousandOpeningParentheses_NamesTheNestingLimitInsteadOfOverflowingTheStack()
    {
        var body = "<p>Hello</p>\n{{" + new string('(', 10_000);

        var check = _engine.Check("Subject", body, Parameters);

        var error = check.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(2);
        error.Message.ShouldBe(TemplateLimits.NestingMessage);
    }

    [Fact]
    public void Check_BlocksNestedTooDeep_NamesTheNestingLimit()
    {
        var body = string.Concat(Enumerable.Repeat("{% if requester.name %}", 30)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 30));

        var check = _engine.Check("Subject", body, Parameters);

        check.Errors.ShouldHaveSingleItem().Message.ShouldBe(TemplateLimits.NestingMessage);
    }

    [Fact]
    public void Check_ParenthesesInTheTextOfTheEmail_AreNotCounted()
    {
        var body = "<p>Join here " + string.Concat(Enumerable.Repeat("(", 40)) + " :( " + "</p><p>{{ session.customer_link }}</p>";

        var check = _engine.Check("Subject", body, Parameters);

        check.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Check_LongerThanTheBodyLimit_IsRefusedBeforeParsing()
    {
        var check = _engine.Check("Subject", new string('x', EmailTemplate.BodyMaxLength + 1), Parameters);

        check.Errors.ShouldHaveSingleItem().Message.ShouldBe($"Longer than {EmailTemplate.BodyMaxLength:N0} characters; that is the limit.");
    }

    [Fact]
    public async Task TryRenderAsync_HundredMillionNumberRange_IsRefusedBeforeAnyIsMade()
    {
        var watch = Stopwatch.StartNew();

        var (email, problem) = await _engine.TryRenderAsync("S", "{% for i in (1..100000000) %}x{% endfor %}", CustomerInvitationEmail.SampleModel);

        email.ShouldBeNull();
        problem!.Message.ShouldBe(TemplateLimits.RangeMessage);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Check_HugeRange_NamesTheRangeLimit()
    {
        var check = _engine.Check("S", "<p>{{ session.customer_link }}</p>\n{% for i in (1..100000000) %}x{% endfor %}", Parameters);

        var error = check.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe(TemplateLimits.RangeMessage);
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void Check_RangeUpToAValueTheTemplateMade_IsRefused()
    {
        var check = _engine.Check("S", "{% assign n = 99999999 %}{% for i in (1..n) %}x{% endfor %}", Parameters);

        check.Errors.ShouldHaveSingleItem().Message.ShouldBe(TemplateLimits.RangeBoundsMessage);
    }

    [Fact]
    public async Task TryRenderAsync_NestedLoops_StopAtTheStepLimit()
    {
        var body = "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{{ c }}{% endfor %}{% endfor %}{% endfor %}";

        var (_, problem) = await _engine.TryRenderAsync("S", body, CustomerInvitationEmail.SampleModel);

        problem!.Message.ShouldBeOneOf(TemplateLimits.StepsMessage, TemplateLimits.OutputMessage);
    }

    [Fact]
    public async Task TryRenderAsync_SelfDoublingValue_StopsAtTheValueLimit()
    {
        var body = "{% assign s = 'x' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}";

        var (_, problem) = await _engine.TryRenderAsync("S", body, CustomerInvitationEmail.SampleModel);

        problem!.Message.ShouldBe(TemplateLimits.ValueMessage);
    }

    [Fact]
    public async Task TryRenderAsync_CapturedValueTooBig_StopsAtTheValueLimit()
    {
        var body = "{% capture big %}{% for i in (1..200) %}{% for j in (1..100) %}0123456789{% endfor %}{% endfor %}{% endcapture %}{{ big | size }}";

        var (_, problem) = await _engine.TryRenderAsync("S", body, CustomerInvitationEmail.SampleModel);

        problem!.Message.ShouldBe(TemplateLimits.ValueMessage);
    }

    [Fact]
    public async Task TryRenderAsync_HugeOutput_StopsAtTheOutputLimit()
    {
        var body = "{% assign line = '" + new string('x', 1000) + "' %}{% for i in (1..1000) %}{{ line }}{% endfor %}";

        var (_, problem) = await _engine.TryRenderAsync("S", body, CustomerInvitationEmail.SampleModel);

        problem!.Message.ShouldBe(TemplateLimits.OutputMessage);
    }

    [Fact]
    public async Task RenderAsync_NormalTemplate_StillRenders()
    {
        var email = await _engine.RenderAsync(CustomerInvitationEmail.DefaultSubject, CustomerInvitationEmail.DefaultBody, CustomerInvitationEmail.SampleModel);

        email.HtmlBody.ShouldNotBeNullOrWhiteSpace();
    }
}
