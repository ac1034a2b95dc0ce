using BossRemote.Core.Email.Templates;
using BossRemote.Core.Satisfaction;

namespace BossRemote.Tests.Core.Satisfaction;

public class SatisfactionRatingEmailTests
{
    private static readonly DateTime EndedAt = new(2026, 3, 10, 14, 5, 0, DateTimeKind.Utc);

    private readonly LiquidTemplateEngine _engine = new();

    [Fact]
    public void Check_DefaultTemplate_HasNoErrorsOrWarnings()
    {
        var check = _engine.Check(SatisfactionRatingEmail.DefaultSubject, SatisfactionRatingEmail.DefaultBody,
            SatisfactionRatingEmail.Parameters, SatisfactionRatingEmail.LinkParameter);

        check.Errors.ShouldBeEmpty();
        check.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task RenderAsync_DefaultTemplateWithACase_NamesTicketTechnicianDateAndLink()
    {
        var email = await _engine.RenderAsync(SatisfactionRatingEmail.DefaultSubject, SatisfactionRatingEmail.DefaultBody, Model("Printer offline"));

        email.Subject.ShouldBe("Northwind IT: how did we do on ticket #1042?");
        email.HtmlBody.ShouldContain("Taylor Reed from Northwind IT helped you in a remote session on 10 Mar 2026, 14:05 UTC (ticket #1042: Printer offline)");
        email.HtmlBody.ShouldContain("<a href=\"https://help.example/rate/abc_-1\"");
        email.HtmlBody.ShouldContain("until 24 Mar 2026");
    }

    [Fact]
    public async Task RenderAsync_HostileSubject_IsEncodedInTheBody()
    {
        var email = await _engine.RenderAsync("{{ ticket.subject }}", "<p>{{ ticket.subject }}</p>", Model("<script>alert(1)</script>"));

        email.HtmlBody.ShouldBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    private static IReadOnlyDictionary<string, object?> Model(string subject) => SatisfactionRatingEmail.Model(
        1042, subject, "Emma Johnson", "Taylor Reed", EndedAt, "https://help.example/rate/abc_-1", EndedAt + SatisfactionRequest.Lifetime,
        "Northwind IT", null);
}
