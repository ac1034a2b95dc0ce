using BossRemote.Core.Common.Events;

namespace BossRemote.Core.Settings;

/// <summary>The TeamViewer integration's setup (one row). The token is stored only in protected form.</summary>
public sealed class TeamViewerSettings : DomainEventSource
{
    public const int SingletonId = 1;
    public const string DefaultGroupName = "BOSS";
    public const int GroupNameMaxLength = 100;
    public const int CustomModuleIdMaxLength = 100;

    public int Id { get; set; } = SingletonId;

    /// <summary>The script token encrypted with ASP.NET Core Data Protection; null when not connected.</summary>
    public string? ProtectedToken { get; set; }

    /// <summary>The last four characters, so admins can tell which token is in use without seeing it.</summary>
    public string? TokenHint { get; set; }

    public string GroupName { get; set; } = DefaultGroupName;

    /// <summary>Custom QuickSupport module applied to new cases (SPEC §3.7), if any.</summary>
    public string? CustomModuleId { get; set; }

    public DateTime? ConnectedAt { get; set; }

    public string? ConnectedByName { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsConnected => ProtectedToken is not null;

    public string MaskedToken => TokenHint is null ? "" : $"••••••••{TokenHint}";

    /// <summary>Stores a token that TeamViewer has just accepted (already encrypted) and who connected it.</summary>
    public void Connect(string protectedToken, string tokenHint, string connectedByName, DateTime now)
    {
        (ProtectedToken, TokenHint, ConnectedAt, ConnectedByName, UpdatedAt) = (protectedToken, tokenHint, now, connectedByName, now);
        Raise(() => new TeamViewerConnectionChanged());
    }

    /// <summary>Forgets the token, so another admin can connect their own account.</summary>
    public void Revoke(DateTime now)
    {
        (ProtectedToken, TokenHint, ConnectedAt, ConnectedByName, UpdatedAt) = (null, null, null, null, now);
        Raise(() => new TeamViewerConnectionChanged());
    }
}
