using BossRemote.Core.TeamViewer;

namespace BossRemote.Core.Settings;

/// <summary>What the TeamViewer setup page shows. Never the token itself: only its last characters.</summary>
public sealed record TeamViewerSetupView(
    bool IsConnected,
    string MaskedToken,
    string GroupName,
    string? CustomModuleId,
    TeamViewerMode Mode,
    string ApiAddress,
    DateTime? ConnectedAt,
    string? ConnectedByName);
