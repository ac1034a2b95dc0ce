using System.ComponentModel.DataAnnotations;

namespace BossRemote.Core.TeamViewer;

/// <summary>Settings under <c>TeamViewer</c> (environment form <c>TeamViewer__Mode</c> and so on, SPEC §5).</summary>
public sealed class TeamViewerOptions
{
    public const string SectionName = "TeamViewer";

    public const string LiveBaseUrl = "https://webapi.teamviewer.com/api/v1";

    /// <summary><c>Simulator</c> (default) or <c>Live</c>.</summary>
    public TeamViewerMode Mode { get; set; } = TeamViewerMode.Simulator;

    /// <summary>The API base for <see cref="TeamViewerMode.Live"/>; ends in <c>/api/v1</c>.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = LiveBaseUrl;

    /// <summary>How often open service cases are polled (TeamViewer has no webhooks).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Optional script token that seeds the stored token at start-up. A secret: never log it.</summary>
    public string? ScriptToken { get; set; }

    /// <summary>How long one API call may take before it fails with <see cref="TeamViewerErrorKind.Timeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
