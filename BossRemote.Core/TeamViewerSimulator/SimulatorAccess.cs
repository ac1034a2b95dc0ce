namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>Authenticates an API call by its bearer token (<see cref="SimulatorTokenRules"/>) and applies the rate limit.</summary>
public sealed class SimulatorAccess(SimulatorRateLimiter rateLimiter)
{
    public SimulatorResult<SimulatorAccount> Authorize(string? token)
    {
        if (SimulatorTokenRules.Check(token) is { } error)
        {
            return error;
        }

        var trimmed = token!.Trim();
        return rateLimiter.TryAcquire(trimmed) ? SimulatorAccount.ForToken(trimmed) : SimulatorError.RateLimitReached();
    }
}
