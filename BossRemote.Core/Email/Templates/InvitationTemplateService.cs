using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Core.Email.Templates;

/// <summary>
/// Settings ➜ E-mail settings ➜ Notifications ➜ Integrations (SPEC §3.4): load, check, save and reset the customer
/// invitation template. A template that does not check out is never saved.
/// </summary>
public sealed class InvitationTemplateService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    LiquidTemplateEngine engine,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<InvitationTemplateView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit e-mail templates");
        return await LoadAsync(cancellationToken);
    }

    /// <summary>The template in use: the admin's, or the default.</summary>
    public async Task<InvitationTemplateView> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == CustomerInvitationEmail.TemplateKey, cancellationToken);
        return stored is null
            ? new InvitationTemplateView(CustomerInvitationEmail.DefaultSubject, CustomerInvitationEmail.DefaultBody, true, null, null)
            : new InvitationTemplateView(stored.Subject, stored.HtmlBody, false, stored.UpdatedAt, stored.UpdatedByName);
    }

    public TemplateCheck Check(string subject, string body) =>
        engine.Check(subject, body, CustomerInvitationEmail.Parameters, CustomerInvitationEmail.CustomerLinkParameter);

    /// <summary>Saves the template if it checks out; the check is returned either way.</summary>
    public async Task<TemplateCheck> SaveAsync(ClaimsPrincipal user, string? subject, string? body, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit e-mail templates");
        subject = subject?.Trim() ?? "";
        body ??= "";
        var check = Check(subject, body);
        var errors = check.Errors.ToList();
        if (subject.Length == 0)
        {
            errors.Add(new TemplateProblem("Subject", null, "Write a subject."));
        }

        if (subject.Length > EmailTemplate.SubjectMaxLength || body.Length > EmailTemplate.BodyMaxLength)
        {
            errors.Add(new TemplateProblem(subject.Length > EmailTemplate.SubjectMaxLength ? "Subject" : "Body", null,
                $"Too long: the subject may have {EmailTemplate.SubjectMaxLength} characters, the body {EmailTemplate.BodyMaxLength}."));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add(new TemplateProblem("Body", null, "Write a body."));
        }

        if (errors.Count == 0 && (await engine.TryRenderAsync(subject, body, CustomerInvitationEmail.SampleModel)).Problem is { } tooCostly)
        {
            errors.Add(tooCostly); // a template that goes past the limits with sample data would with real data too
        }

        if (errors.Count > 0)
        {
            return check with { Errors = errors };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Key == CustomerInvitationEmail.TemplateKey, cancellationToken);
        if (stored is null)
        {
            db.EmailTemplates.Add(stored = new EmailTemplate { Key = CustomerInvitationEmail.TemplateKey });
        }

        var name = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        (stored.Subject, stored.HtmlBody, stored.UpdatedAt, stored.UpdatedByName) = (subject, body, clock.GetUtcNow().UtcDateTime, name);
        audit.Add(db, user, name, AuditActions.EmailTemplateChanged, "Saved the customer invitation template");
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }

    public async Task<OperationResult> ResetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit e-mail templates");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.EmailTemplates.Where(t => t.Key == CustomerInvitationEmail.TemplateKey).ExecuteDeleteAsync(cancellationToken);
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.EmailTemplateChanged,
            "Reset the customer invitation template to the default");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }
}
