namespace BossRemote.Core.Settings;

/// <summary>The permissions a script token needs (SPEC §3.1), listed on the setup page.</summary>
public static class TeamViewerPermissions
{
    public const string SessionManagement = "Session management";

    public const string ConnectionReports = "Connection reports";

    public static IReadOnlyList<(string Area, string Needed)> Required { get; } =
    [
        (SessionManagement, "create, view and edit all sessions"),
        (ConnectionReports, "view, edit and delete"),
        ("Computers & contacts", "view, add, edit and delete"),
    ];
}
