using BossRemote.Core.Common.Events;
using BossRemote.Core.Email.Templates;
using BossRemote.Core.ServiceCases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// E-mail (ADR-001): MailKit over SMTP when <c>Email__Smtp__Host</c> is set, otherwise the outbox folder; Liquid
    /// templates; delivery through jobs; the customer invitation, queued once a case's activation has committed.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SmtpEmailTransport>();
        services.AddSingleton<OutboxEmailTransport>();
        services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.IsConfigured
            ? sp.GetRequiredService<SmtpEmailTransport>()
            : sp.GetRequiredService<OutboxEmailTransport>());

        services.AddSingleton<LiquidTemplateEngine>();
        services.AddScoped<EmailTemplateService>();
        services.AddScoped<EmailDeliveryQueue>();
        services.AddScoped<EmailDeliveryAttempt>();
        services.AddScoped<CustomerInvitations>();
        services.AddDomainEventHandler<ServiceCaseActivated, CustomerInvitations>();
        services.AddScoped<OutboxReader>();

        services.AddTransient<EmailDeliveryJob>();
        services.AddTransient<EmailDeliverySweepJob>();
        return services;
    }
}
