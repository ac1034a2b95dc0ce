using System.Globalization;

namespace BossRemote.Core.Email.Templates;

/// <summary>
/// The requester's invitation to a remote session (SPEC §3.4): its parameters, its default template (admins can edit
/// it) and the values a real case gives them.
/// </summary>
public static class CustomerInvitationEmail
{
    public const string TemplateKey = "customer-invitation";

    public const string CustomerLinkParameter = "session.customer_link";

    public static IReadOnlyList<TemplateParameter> Parameters { get; } =
    [
        new("ticket.number", "The ticket's number, e.g. #1042", "#1042"),
        new("ticket.subject", "The ticket's subject", "Printer on 2nd floor shows offline"),
        new("requester.name", "The requester's name", "Emma Johnson"),
        new("requester.email", "The requester's e-mail address", "emma.johnson@example.com"),
        new("technician.name", "The technician who started the session", "Taylor Reed"),
        new("technician.email", "The technician's e-mail address", "tech@bossremote.local"),
        new("session.code", "The TeamViewer session code", "s123-456-789"),
        new(CustomerLinkParameter, "The link the requester opens to join the session", "https://get.teamviewer.com/v15/s123456789"),
        new("session.valid_until", "When the link stops working (UTC)", "28 Nov 2026, 14:03 UTC"),
        new("company.name", "Your company name (Settings ➜ Branding)", "Northwind IT"),
        new("company.logo_url", "Your logo's address in the e-mail (empty without a logo)", ""),
    ];

    public const string DefaultSubject = "{{ company.name }}: remote support for ticket {{ ticket.number }}";

    public const string DefaultBody = """
        <div style="font-family:'Segoe UI',Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937;max-width:560px">
          {% if company.logo_url != "" %}<p><img src="{{ company.logo_url }}" alt="{{ company.name }}" style="max-height:48px"></p>{% endif %}
          <p>Hello {{ requester.name }},</p>
          <p>{{ technician.name }} from {{ company.name }} is ready to help you with ticket {{ ticket.number }} ({{ ticket.subject }}) in a TeamViewer remote support session.</p>
          <p><a href="{{ session.customer_link }}" style="display:inline-block;background:#1e3a5f;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">Join the remote session</a></p>
          <p>If the button does not work, open this link:<br><a href="{{ session.customer_link }}">{{ session.customer_link }}</a></p>
          <p>Your session code is <b>{{ session.code }}</b>. The link works until {{ session.valid_until }}.</p>
          <p>Kind regards,<br>{{ technician.name }}<br>{{ company.name }}</p>
        </div>
        """;

    public static EmailTemplateDefinition Definition { get; } =
        new(TemplateKey, "invitation", Parameters, CustomerLinkParameter, DefaultSubject, DefaultBody);

    /// <summary>The sample values shown in the editor's preview.</summary>
    public static IReadOnlyDictionary<string, object?> SampleModel => Definition.SampleModel;

    /// <summary>The values of one case.</summary>
    public static IReadOnlyDictionary<string, object?> Model(InvitationFacts facts) => TemplateModel.From(new Dictionary<string, string>
    {
        ["ticket.number"] = $"#{facts.TicketNumber}",
        ["ticket.subject"] = facts.TicketSubject,
        ["requester.name"] = facts.RequesterName,
        ["requester.email"] = facts.RequesterEmail,
        ["technician.name"] = facts.TechnicianName,
        ["technician.email"] = facts.TechnicianEmail,
        ["session.code"] = facts.SessionCode,
        [CustomerLinkParameter] = facts.CustomerLink,
        ["session.valid_until"] = facts.ValidUntil.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
        ["company.name"] = facts.CompanyName,
        ["company.logo_url"] = facts.LogoUrl ?? "",
    });
}
