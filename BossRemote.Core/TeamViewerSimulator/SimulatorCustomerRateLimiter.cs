using System.Net;
using Microsoft.Extensions.Options;

namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>
/// <see cref="TeamViewerSimulatorOptions.CustomerActionsPerMinute"/>: joins and leaves on the customer pages per client
/// address in any sliding minute. Those pages need no sign-in (the requester who opens the link has no account), so
/// this keeps one address from flipping sessions or trying codes at machine speed. In memory, per instance.
/// </summary>
public sealed class SimulatorCustomerRateLimiter(IOptions<TeamViewerSimulatorOptions> options, TimeProvider clock)
{
    private readonly SlidingWindowLimiter _actions = new(TimeSpan.FromMinutes(1), clock);

    /// <summary>Counts one join or leave from <paramref name="address"/>; false when its budget for the minute is spent.</summary>
    public bool TryAcquire(IPAddress? address) => _actions.TryAcquire(KeyOf(address), options.Value.CustomerActionsPerMinute);

    /// <summary>An IPv4 client seen through an IPv6 socket counts as the same address.</summary>
    private static string KeyOf(IPAddress? address) =>
        address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
