namespace BossRemote.Core.Demo;

/// <summary>Realistic subjects, descriptions, notes and requesters for demo tickets.</summary>
internal static class DemoTicketText
{
    public static IReadOnlyDictionary<string, string[]> Subjects { get; } = new Dictionary<string, string[]>
    {
        ["Support"] = ["Cannot sign in to the intranet", "Password reset for the HR portal", "Outlook keeps asking for my password", "Teams meetings have no sound", "Need help setting up a shared mailbox", "MFA prompt never arrives"],
        ["PC"] = ["Laptop is very slow after update", "Blue screen when docking", "Second monitor not detected", "Laptop battery drains in an hour", "Keyboard types wrong characters", "Fan is loud all the time"],
        ["Network"] = ["VPN disconnects every few minutes", "No Wi-Fi on the 3rd floor", "Cannot reach the file server", "Network drive S: is missing", "Slow internet in meeting room B", "Remote desktop to server times out"],
        ["Printer"] = ["Printer on 2nd floor shows offline", "Print jobs stuck in the queue", "Scanner does not send to e-mail", "Colour prints come out faded", "Cannot add the reception printer", "Paper jam error that won't clear"],
        ["Software"] = ["Excel crashes when opening large files", "Install Adobe Acrobat Pro", "SAP client shows a certificate error", "Update Zoom to the latest version", "License expired for Visio", "CRM add-in missing in Outlook"],
        ["Hardware"] = ["Request a new headset", "Docking station replacement", "Broken laptop screen", "Need a second monitor", "Mouse not working", "Webcam shows a black image"],
    };

    public static string[] Descriptions { get; } =
    [
        "Started this morning. I have restarted twice and it still happens.",
        "This has been going on since last week and is getting worse. It blocks my work with customers.",
        "Several people in my team see the same thing. Please have a look when you can.",
        "It worked yesterday. The only change I know of is the update that installed overnight.",
        "I am working from home today, so a remote session would be ideal.",
        "Not urgent, but I need it before the end of the month for the quarterly close.",
    ];

    public static string[] Notes { get; } =
    [
        "Called the user; reproduced the problem on their machine.",
        "Checked the event log: the driver fails to load after the update. Rolling it back.",
        "Asked the user to restart and try again; waiting for feedback.",
        "Escalated to the network team with the trace attached.",
        "Replaced the cable; user confirms it works now.",
        "Ordered the part, expected delivery in two days.",
        "Cleared the cached credentials and re-added the account.",
        "Pushed the package through software distribution; installation finished.",
    ];

    public static (string Name, string Email)[] Requesters { get; } =
    [
        ("Emma Johnson", "emma.johnson@northwind.example"), ("Liam Smith", "liam.smith@northwind.example"),
        ("Olivia Brown", "olivia.brown@northwind.example"), ("Noah Wilson", "noah.wilson@northwind.example"),
        ("Ava Taylor", "ava.taylor@northwind.example"), ("Lucas Martin", "lucas.martin@northwind.example"),
        ("Sophia Anderson", "sophia.anderson@northwind.example"), ("Mason Thomas", "mason.thomas@northwind.example"),
        ("Isabella Moore", "isabella.moore@northwind.example"), ("Ethan Jackson", "ethan.jackson@northwind.example"),
        ("Mia White", "mia.white@contoso.example"), ("Aiden Harris", "aiden.harris@contoso.example"),
        ("Charlotte Clark", "charlotte.clark@contoso.example"), ("Elijah Lewis", "elijah.lewis@contoso.example"),
        ("Amelia Walker", "amelia.walker@contoso.example"), ("Henry Hall", "henry.hall@contoso.example"),
        ("Harper Allen", "harper.allen@contoso.example"), ("Jack Young", "jack.young@contoso.example"),
        ("Evelyn King", "evelyn.king@contoso.example"), ("Leo Wright", "leo.wright@contoso.example"),
        ("Sofia Rossi", "sofia.rossi@fabrikam.example"), ("Jonas Weber", "jonas.weber@fabrikam.example"),
        ("Chloé Dubois", "chloe.dubois@fabrikam.example"), ("Mateo Fernández", "mateo.fernandez@fabrikam.example"),
        ("Hannah Schmidt", "hannah.schmidt@fabrikam.example"), ("Yuki Tanaka", "yuki.tanaka@fabrikam.example"),
        ("Aisha Khan", "aisha.khan@fabrikam.example"), ("Oscar Nilsson", "oscar.nilsson@fabrikam.example"),
        ("Grace O'Brien", "grace.obrien@fabrikam.example"), ("Daniel Kowalski", "daniel.kowalski@fabrikam.example"),
    ];
}
