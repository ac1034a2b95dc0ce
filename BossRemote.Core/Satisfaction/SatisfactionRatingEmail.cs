using System.Globalization;
using BossRemote.Core.Email.Templates;

namespace BossRemote.Core.Satisfaction;

/// <summary>
/// The requester's one-click rating request after a remote session (ADR-023): its parameters, its default template
/// (admins can edit it like the invitation) and the values a real case gives them.
/// </summary>
public static class SatisfactionRatingEmail
{
    public const string TemplateKey = "satisfaction-rating";

    public const string LinkParameter = "rating.link";

    public static IReadOnlyList<TemplateParameter> Parameters { get; } =
    [
        new("ticket.number", "The ticket's number, e.g. #1042", "#1042"),
        new("ticket.subject", "The ticket's subject", "Printer on 2nd floor shows offline"),
        new("requester.name", "The requester's name", "Emma Johnson"),
        new("technician.name", "The technician who held the session", "Taylor Reed"),
        new("session.date", "When the session ended (UTC)", "28 Nov 2026, 14:03 UTC"),
        new(LinkParameter, "The page where the requester rates the session (no sign-in; works once)", "https://helpdesk.example.com/rate/sample"),
        new("rating.valid_until", "When the rating link stops working (UTC)", "12 Dec 2026"),
        new("company.name", "Your company name (Settings ➜ Branding)", "Northwind IT"),
        new("company.logo_url", "Your logo's address in the e-mail (empty without a logo)", ""),
    ];

    public const string DefaultSubject = "{{ company.name }}: how did we do on ticket {{ ticket.number }}?";

    public const string DefaultBody = """
        <div style="font-family:'Segoe UI',Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937;max-width:560px">
          {% if company.logo_url != "" %}<p><img src="{{ company.logo_url }}" alt="{{ company.name }}" style="max-height:48px"></p>{% endif %}
          <p>Hello {{ requester.name }},</p>
          <p>{{ technician.name }} from {{ company.name }} helped you in a remote session on {{ session.date }} (ticket {{ ticket.number }}: {{ ticket.subject }}).</p>
          <p>How satisfied are you? One click, no sign-in:</p>
          <p><a href="{{ rating.link }}" style="display:inline-block;background:#1e3a5f;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">Rate the session</a></p>
          <p>If the button does not work, open this link:<br><a href="{{ rating.link }}">{{ rating.link }}</a></p>
          <p>The link works once, until {{ rating.valid_until }}.</p>
          <p>Thank you,<br>{{ company.name }}</p>
        </div>
        """;

    public static EmailTemplateDefinition Definition { get; } =
        new(TemplateKey, "satisfaction rating", Parameters, LinkParameter, DefaultSubject, DefaultBody);

    /// <summary>The values of one ended case.</summary>
    public static IReadOnlyDictionary<string, object?> Model(
        int ticketNumber, string ticketSubject, string requesterName, string technicianName, DateTime endedAt, string link,
        DateTime validUntil, string companyName, string? logoUrl) => TemplateModel.From(new Dictionary<string, string>
    {
        ["ticket.number"] = $"#{ticketNumber}",
        ["ticket.subject"] = ticketSubject,
        ["requester.name"] = requesterName,
        ["technician.name"] = technicianName,
        ["session.date"] = endedAt.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
        [LinkParameter] = link,
        ["rating.valid_until"] = validUntil.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        ["company.name"] = companyName,
        ["company.logo_url"] = logoUrl ?? "",
    });
}
