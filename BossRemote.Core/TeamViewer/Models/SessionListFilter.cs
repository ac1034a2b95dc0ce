namespace BossRemote.Core.TeamViewer.Models;

/// <summary>Query of <c>GET /sessions</c> (doc §2.3). There is no filter by description, customer or date.</summary>
public sealed record SessionListFilter
{
    public string? GroupId { get; init; }

    public string? AssignedUserId { get; init; }

    /// <summary>Empty means TeamViewer's default: open only.</summary>
    public IReadOnlyCollection<TeamViewerSessionState> States { get; init; } = [];

    /// <summary>Return every field instead of the minimal shape.</summary>
    public bool FullList { get; init; }

    /// <summary>The previous page's <see cref="SessionPage.NextOffset"/>.</summary>
    public string? Offset { get; init; }
}
