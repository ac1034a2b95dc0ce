using System.Net;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Core.TeamViewerSimulator;

public class SimulatorCustomerRateLimiterTests
{
    private static readonly IPAddress Customer = IPAddress.Parse("203.0.113.7");

    private readonly FakeTimeProvider _clock = new(SimulatorTestBase.Start);
    private readonly TeamViewerSimulatorOptions _options = new() { CustomerActionsPerMinute = 3 };

    private SimulatorCustomerRateLimiter CreateLimiter() => new(Options.Create(_options), _clock);

    [Fact]
    public void TryAcquire_BudgetSpent_RefusesUntilTheOldestActionLeavesTheMinute()
    {
        var limiter = CreateLimiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.TryAcquire(Customer).ShouldBeTrue();
            _clock.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = limiter.TryAcquire(Customer);
        _clock.Advance(TimeSpan.FromSeconds(29));
        var stillRefused = limiter.TryAcquire(Customer);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var allowed = limiter.TryAcquire(Customer);

        refused.ShouldBeFalse();
        stillRefused.ShouldBeFalse();
        allowed.ShouldBeTrue();
    }

    [Fact]
    public void TryAcquire_PerAddress_AnotherAddressIsNotHeldBack()
    {
        var limiter = CreateLimiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.TryAcquire(Customer);
        }

        limiter.TryAcquire(Customer).ShouldBeFalse();
        limiter.TryAcquire(IPAddress.Parse("203.0.113.8")).ShouldBeTrue();
        limiter.TryAcquire(IPAddress.Parse("2001:db8::1")).ShouldBeTrue();
    }

    [Fact]
    public void TryAcquire_IPv4SeenThroughAnIPv6Socket_IsTheSameAddress()
    {
        var limiter = CreateLimiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.TryAcquire(Customer.MapToIPv6());
        }

        limiter.TryAcquire(Customer).ShouldBeFalse();
    }

    [Fact]
    public void TryAcquire_Defaults_AllowAPersonButNotAMachine()
    {
        var limiter = new SimulatorCustomerRateLimiter(Options.Create(new TeamViewerSimulatorOptions()), _clock);

        var results = Enumerable.Range(0, 100).Select(_ => limiter.TryAcquire(Customer)).ToList();

        results.Count(allowed => allowed).ShouldBe(TeamViewerSimulatorOptions.DefaultCustomerActionsPerMinute);
        results.Take(TeamViewerSimulatorOptions.DefaultCustomerActionsPerMinute).ShouldAllBe(allowed => allowed);
    }

    [Fact]
    public void TryAcquire_LimitOff_NeverRefuses()
    {
        _options.CustomerActionsPerMinute = 0;
        var limiter = CreateLimiter();

        Enumerable.Range(0, 1000).Select(_ => limiter.TryAcquire(Customer)).ShouldAllBe(allowed => allowed);
    }

    [Fact]
    public void TryAcquire_ThousandsOfOtherAddresses_TheBusyOneIsStillHeldBack()
    {
        var limiter = CreateLimiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.TryAcquire(Customer);
        }

        for (var i = 0; i < 5000; i++)
        {
            limiter.TryAcquire(new IPAddress(BitConverter.GetBytes(i)));
        }

        limiter.TryAcquire(Customer).ShouldBeFalse();
    }
}
