namespace BossRemote.Core.Settings;

/// <summary>The permissions a script token needs (SPEC §3.1), listed on the setup page.</summary>
public static class TeamViewerPermissions
{
    public static IReadOnlyList<(string Area, string Needed)> Required { get; } =
    [
        ("Session management", "create, view and edit all sessions"),
        ("Connection reports", "view, edit and delete"),
        ("Computers & contacts", "view, add, edit and delete"),
    ];
}
