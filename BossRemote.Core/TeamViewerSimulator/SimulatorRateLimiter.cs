using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// <see cref="TeamViewerSimulatorOptions.RateLimitPerHour"/>: a sliding one-hour window of accepted calls per token,
/// kept in memory (a restart forgives everything, as a fault knob should). Refused calls do not count.
/// </summary>
public sealed class SimulatorRateLimiter(IOptions<TeamViewerSimulatorOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);

    /// <summary>Counts one call for <paramref name="token"/>; false when the hour's budget is already spent.</summary>
    public bool TryAcquire(string token)
    {
        var limit = options.Value.RateLimitPerHour;
        if (limit <= 0)
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var calls = _calls.GetOrAdd(token, _ => new Queue<DateTimeOffset>());
        lock (calls)
        {
            while (calls.Count > 0 && calls.Peek() <= now - Window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= limit)
            {
                return false;
            }

            calls.Enqueue(now);
            return true;
        }
    }
}
