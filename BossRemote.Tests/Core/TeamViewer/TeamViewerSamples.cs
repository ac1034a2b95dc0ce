namespace BossRemote.Tests.Core.TeamViewer;

/// <summary>Response bodies copied from <c>teamviewer-api.md</c>, with its "…" placeholders filled in.</summary>
internal static class TeamViewerSamples
{
    /// <summary>The POST /sessions example of DOC21 §4.6.2 (doc §2.1): lowercase state, few fields.</summary>
    public const string Doc21CreatedSession = """
        {"code":"s12-345-678","state":"open","groupid":"g425123356",
         "end_customer":{"name":"Max"},"description":"I have a problem with my space bar.",
         "assigned_userid":"u7254190",
         "end_customer_link":"https://getpilot.teamviewer.com/s12345678",
         "supporter_link":"https://getpilot.teamviewer.com/s12345678-asfg1234asfg",
         "valid_until":"2013-10-30T12:03:29Z"}
        """;

    /// <summary>The full session object of doc §2.2, shaped like the captured 2024 response.</summary>
    public const string CapturedSession = """
        {
          "code": "s119-457-589",
          "state": "Open",
          "groupid": "g272032545",
          "custom_module_id": "qs-4471",
          "waiting_message": "A technician will be with you shortly.",
          "description": "Outlook crashes on start",
          "end_customer": {"name": "Jon Snow", "email": "jon.snow@winterfell.example"},
          "assigned_userid": "u11293276",
          "assigned_at": "2024-04-16T20:40:38Z",
          "end_customer_link": "https://get.teamviewer.com/v15/s119457589",
          "supporter_link": "https://get.teamviewer.com/v15/s119457589-AEG8iPEEzz96",
          "webclient_supporter_link": "https://login.teamviewer.com/Connect/IndexByol?sessioncode=s119457589&servicequeuetoken=AEG8iPEEzz96&lang=en&displayName=Jon+Snow",
          "custom_api": "bossremote:case:42",
          "created_at": "2024-04-16T20:40:38Z",
          "valid_until": "2024-04-17T20:40:38Z",
          "closed_at": "2024-04-17T08:15:00Z",
          "tv_version": "15.52.3",
          "online": false,
          "support_session_type": "Default"
        }
        """;

    /// <summary>One connection record of doc §4 with every field, including the session-code ones.</summary>
    public const string ConnectionRecord = """
        {
          "id": "B144268F-5A3A-4130-9054-A8F4598B0125",
          "userid": "u4387123", "username": "Adam",
          "deviceid": "20301234", "devicename": "Server 15",
          "groupid": "g272032545", "groupname": "BossRemote", "contact_id": "c55512",
          "support_session_type": 1,
          "start_date": "2013-01-16T19:20:30Z", "end_date": "2013-01-16T19:40:14Z",
          "fee": 12.5, "currency": "EUR", "billing_state": "Bill", "notes": "fixed webserver",
          "session_code": "s119-457-589", "session_created_at": "2013-01-16T19:00:00Z",
          "valid_until": "2013-01-17T19:00:00Z",
          "assigned_userid": "u4387123", "assigned_at": "2013-01-16T19:05:00Z",
          "session_note": "Outlook crashes on start", "custom_api": "bossremote:case:42",
          "end_customer": {"name": "Jon Snow", "email": "jon.snow@winterfell.example"},
          "feedback": {"session_rating": 5, "user_comment": "Quick and friendly"}
        }
        """;

    /// <summary>A session in the minimal list shape (<c>full_list=false</c>, doc §2.3).</summary>
    public static string MinimalSession(string code, string state = "Open") =>
        $$"""{"code":"{{code}}","state":"{{state}}","online":false,"groupid":"g272032545","support_session_type":"Default"}""";

    /// <summary>A bare connection record with only an id and dates.</summary>
    public static string Record(string id) =>
        $$"""{"id":"{{id}}","start_date":"2024-05-01T08:00:00Z","end_date":"2024-05-01T08:30:00Z"}""";
}
