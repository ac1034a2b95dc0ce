using System.Security.Claims;
using BossRemote.Core.Audit;
using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Identity;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BossRemote.Core.Email.Templates;

/// <summary>
/// Settings ➜ E-mail settings (SPEC §3.4, ADR-023): load, check, save and reset an admin-editable message template —
/// the customer invitation, the satisfaction rating request — by its <see cref="EmailTemplateDefinition"/>. A template
/// that does not check out is never saved.
/// </summary>
public sealed class EmailTemplateService(
    IDbContextFactory<BossRemoteDbContext> dbFactory,
    UserAccess access,
    LiquidTemplateEngine engine,
    AuditLog audit,
    TimeProvider clock,
    ILogger<EmailTemplateService> logger)
{
    public async Task<EmailTemplateView> GetAsync(ClaimsPrincipal user, EmailTemplateDefinition template, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit e-mail templates");
        return await LoadAsync(template, cancellationToken);
    }

    /// <summary>The template in use: the admin's, or the default.</summary>
    public async Task<EmailTemplateView> LoadAsync(EmailTemplateDefinition template, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.EmailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == template.Key, cancellationToken);
        return stored is null
            ? new EmailTemplateView(template.DefaultSubject, template.DefaultBody, true, null, null)
            : new EmailTemplateView(stored.Subject, stored.HtmlBody, false, stored.UpdatedAt, stored.UpdatedByName);
    }

    /// <summary>
    /// Renders the admin's template with <paramref name="model"/>; should it fail at render time, the default is used,
    /// so the recipient still gets the message and its link.
    /// </summary>
    public async Task<RenderedEmail> RenderAsync(EmailTemplateDefinition template, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default)
    {
        var stored = await LoadAsync(template, cancellationToken);
        try
        {
            return await engine.RenderAsync(stored.Subject, stored.HtmlBody, model);
        }
        catch (Exception ex) when (ex is TemplateLimitException or InvalidOperationException or ArgumentException or Fluid.ParseException)
        {
            logger.LogError(ex, "The {Template} template failed to render; using the default", template.Name);
            return await engine.RenderAsync(template.DefaultSubject, template.DefaultBody, model);
        }
    }

    public TemplateCheck Check(EmailTemplateDefinition template, string subject, string body) =>
        engine.Check(subject, body, template.Parameters, template.RequiredParameter);

    /// <summary>Saves the template if it checks out; the check is returned either way.</summary>
    public async Task<TemplateCheck> SaveAsync(ClaimsPrincipal user, EmailTemplateDefinition template, string? subject, string? body, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit e-mail templates");
        subject = subject?.Trim() ?? "";
        body ??= "";
        var check = Check(template, subject, body);
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

        if (errors.Count == 0 && (await engine.TryRenderAsync(subject, body, template.SampleModel)).Problem is { } tooCostly)
        {
            errors.Add(tooCostly); // a template that goes past the limits with sample data would with real data too
        }

        if (errors.Count > 0)
        {
            return check with { Errors = errors };
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.EmailTemplates.SingleOrDefaultAsync(t => t.Key == template.Key, cancellationToken);
        if (stored is null)
        {
            db.EmailTemplates.Add(stored = new EmailTemplate { Key = template.Key });
        }

        var name = await UserNames.DisplayNameAsync(db, user, cancellationToken);
        (stored.Subject, stored.HtmlBody, stored.UpdatedAt, stored.UpdatedByName) = (subject, body, clock.GetUtcNow().UtcDateTime, name);
        audit.Add(db, user, name, AuditActions.EmailTemplateChanged, $"Saved the {template.Name} template");
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }

    public async Task<OperationResult> ResetAsync(ClaimsPrincipal user, EmailTemplateDefinition template, CancellationToken cancellationToken = default)
    {
        await access.EnsureAsync(user, Policies.Admin, "edit e-mail templates");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.EmailTemplates.Where(t => t.Key == template.Key).ExecuteDeleteAsync(cancellationToken);
        audit.Add(db, user, await UserNames.DisplayNameAsync(db, user, cancellationToken), AuditActions.EmailTemplateChanged,
            $"Reset the {template.Name} template to the default");
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult.Success;
    }
}
