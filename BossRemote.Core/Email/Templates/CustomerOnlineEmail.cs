namespace BossRemote.Core.Email.Templates;

/// <summary>A technician's e-mail notice that a customer came online (fixed wording, not admin-editable).</summary>
public static class CustomerOnlineEmail
{
    public const string Subject = "{{ requester.name }} is online in TeamViewer session {{ session.code }}";

    public const string Body = """
        <div style="font-family:'Segoe UI',Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937">
          <p>{{ requester.name }} joined TeamViewer session <b>{{ session.code }}</b> for ticket {{ ticket.number }} ({{ ticket.subject }}).</p>
          <p>Open the ticket in BossRemote to connect.</p>
        </div>
        """;

    public static IReadOnlyDictionary<string, object?> Model(int ticketNumber, string ticketSubject, string requesterName, string sessionCode) =>
        new Dictionary<string, object?>
        {
            ["ticket"] = new Dictionary<string, object?> { ["number"] = $"#{ticketNumber}", ["subject"] = ticketSubject },
            ["requester"] = new Dictionary<string, object?> { ["name"] = requesterName },
            ["session"] = new Dictionary<string, object?> { ["code"] = sessionCode },
        };
}
