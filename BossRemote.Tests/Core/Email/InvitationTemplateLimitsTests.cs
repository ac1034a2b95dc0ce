using BossRemote.Core.Email.Templates;
using BossRemote.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Core.Email;

/// <summary>A template that goes past the limits is neither saved nor, if stored before, used for a real invitation.</summary>
public abstract class InvitationTemplateLimitsTests(TestDatabase database) : EmailTestBase(database)
{
    private const string CostlyBody =
        "<p>{{ session.customer_link }}</p>{% for a in (1..1000) %}{% for b in (1..1000) %}{{ b }}{% endfor %}{% endfor %}";

    [Fact]
    public async Task SaveAsync_TemplateGoingPastTheRenderingLimits_IsRefusedNamingTheLimitAndNotSaved()
    {
        var admin = PrincipalBuilder.Admin().For(Database.Admin).Build();

        var check = await Templates.SaveAsync(admin, CustomerInvitationEmail.Definition, "Your session", CostlyBody);

        check.IsValid.ShouldBeFalse();
        check.Errors.ShouldHaveSingleItem().Message.ShouldBeOneOf(TemplateLimits.StepsMessage, TemplateLimits.OutputMessage);
        (await Templates.LoadAsync(CustomerInvitationEmail.Definition)).IsDefault.ShouldBeTrue();
    }

    [Fact]
    public async Task Invitation_StoredTemplateGoesPastTheLimits_IsSentWithTheDefaultTemplate()
    {
        await using (var db = Database.CreateDbContext())
        {
            db.EmailTemplates.Add(new EmailTemplate
            {
                Key = CustomerInvitationEmail.TemplateKey, Subject = "Costly", HtmlBody = CostlyBody, UpdatedAt = Now, UpdatedByName = "Old version",
            });
            await db.SaveChangesAsync();
        }

        var (_, delivery) = await StartCaseWithInvitationAsync();

        delivery.Subject.ShouldBe("BossRemote Help Desk: remote support for ticket #1042");
        delivery.HtmlBody.Length.ShouldBeLessThan(TemplateLimits.MaxOutputLength);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : InvitationTemplateLimitsTests(database), IClassFixture<SqliteTestDatabase>;

    public sealed class OnPostgres(PostgresTestDatabase database) : InvitationTemplateLimitsTests(database), IClassFixture<PostgresTestDatabase>;
}
