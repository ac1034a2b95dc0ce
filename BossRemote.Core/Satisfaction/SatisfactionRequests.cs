using BossRemote.Core.Common;
using BossRemote.Core.Data;
using BossRemote.Core.Email;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.Notifications;
using BossRemote.Core.ServiceCases;
using BossRemote.Core.Settings;
using Hangfire;

namespace BossRemote.Core.Satisfaction;

/// <summary>
/// After Stop (ADR-023): when the admin asks for ratings and the requester has an e-mail address, the save that ends the
/// case also records its rating request and the queued e-mail with the signed link, so a restart loses neither and
/// nothing is sent for a Stop that did not commit. The delivery job sends it after the commit, with its retries.
/// </summary>
public sealed class SatisfactionRequests(
    EmailTemplateService templates,
    BrandingService branding,
    SatisfactionLink links,
    IPublicAddress address,
    IBackgroundJobClient jobs) : IStopFollowUp
{
    /// <inheritdoc/>
    public async Task<Action?> AddAsync(BossRemoteDbContext db, ServiceCase serviceCase, DateTime endedAt, CancellationToken cancellationToken)
    {
        var ticket = serviceCase.Ticket!;
        if (string.IsNullOrWhiteSpace(ticket.RequesterEmail) || !await NotificationPreferencesService.LoadAskForRatingAsync(db, cancellationToken))
        {
            return null;
        }

        var request = SatisfactionRequest.For(serviceCase.Id, endedAt);
        var link = address.BaseUrl + SatisfactionLink.PathFor(links.Create(serviceCase.Id, request.Code, request.ExpiresAt));
        var company = await branding.GetAsync(cancellationToken);
        var rendered = await templates.RenderAsync(SatisfactionRatingEmail.Definition, SatisfactionRatingEmail.Model(
            ticket.Number, ticket.Subject, ticket.RequesterName, serviceCase.CreatedByName, endedAt, link, request.ExpiresAt,
            company.CompanyName, company.HasLogo ? BrandingLogo.EmailUrl : null), cancellationToken);
        var delivery = new EmailDelivery
        {
            Key = $"rating:{serviceCase.Id}",
            Kind = EmailKind.SatisfactionRating,
            ServiceCaseId = serviceCase.Id,
            TicketId = ticket.Id,
            RecipientEmail = ticket.RequesterEmail.Trim(),
            RecipientName = ticket.RequesterName,
            Subject = rendered.Subject.Length > EmailDelivery.SubjectMaxLength ? rendered.Subject[..EmailDelivery.SubjectMaxLength] : rendered.Subject,
            HtmlBody = rendered.HtmlBody,
        };
        delivery.Queue(endedAt);
        db.SatisfactionRequests.Add(request);
        db.EmailDeliveries.Add(delivery);
        return () => jobs.Enqueue<EmailDeliveryJob>(job => job.ExecuteAsync(delivery.Id, CancellationToken.None));
    }
}
