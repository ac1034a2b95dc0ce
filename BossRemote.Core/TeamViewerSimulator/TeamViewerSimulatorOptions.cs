using System.ComponentModel.DataAnnotations;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// Limits and fault knobs of the built-in simulator, under <c>TeamViewer:Simulator</c> (environment form
/// <c>TeamViewer__Simulator__MaxOpenSessions</c> and so on). The two limits are on by default, because the simulator is
/// reachable wherever the app is (ADR-017); the fault knobs are off.
/// </summary>
public sealed class TeamViewerSimulatorOptions
{
    public const string SectionName = "TeamViewer:Simulator";

    public const int DefaultMaxOpenSessions = 500;

    public const int DefaultCustomerActionsPerMinute = 20;

    /// <summary>
    /// Open, unexpired sessions one account (token) may hold; beyond it a create fails with "license limitations", as
    /// TeamViewer's licence limit does. A cap on what the simulator keeps open; 0 = unlimited.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int MaxOpenSessions { get; set; } = DefaultMaxOpenSessions;

    /// <summary>Joins and leaves one client address may make on the customer pages in any sliding minute. 0 = no limit.</summary>
    [Range(0, int.MaxValue)]
    public int CustomerActionsPerMinute { get; set; } = DefaultCustomerActionsPerMinute;

    /// <summary>API calls one token may make in any sliding hour before <c>rate_limit_reached</c>. 0 = no limit.</summary>
    [Range(0, int.MaxValue)]
    public int RateLimitPerHour { get; set; }

    /// <summary>
    /// How long <c>POST /sessions</c> waits after storing the session before it answers, so a client timeout can be
    /// tested while the session exists.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CreateDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How long <c>GET /sessions</c> waits before it answers, so a poll can be caught in the middle (the tests stop an
    /// instance while its poll waits, and another instance must carry on).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ListDelay { get; set; } = TimeSpan.Zero;
}
