using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// <see cref="TeamViewerSimulatorOptions.RateLimitPerHour"/>: a sliding one-hour window of accepted API calls per
/// token, kept in memory (a restart forgives everything, as a fault knob should). Refused calls do not count.
/// </summary>
public sealed class SimulatorRateLimiter(IOptions<TeamViewerSimulatorOptions> options, TimeProvider clock)
{
    private readonly SlidingWindowLimiter _calls = new(TimeSpan.FromHours(1), clock);

    /// <summary>Counts one call for <paramref name="token"/>; false when the hour's budget is already spent.</summary>
    public bool TryAcquire(string token) => _calls.TryAcquire(token, options.Value.RateLimitPerHour);
}
