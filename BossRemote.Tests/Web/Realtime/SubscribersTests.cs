using BossRemote.Web.Realtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace BossRemote.Tests.Web.Realtime;

public class SubscribersTests
{
    private readonly Subscribers<int> _subscribers = new(NullLogger.Instance);

    [Fact]
    public async Task PublishAsync_ReachesOnlyTheSubscribersThatWantTheMessage()
    {
        var even = new List<int>();
        var all = new List<int>();
        using var first = _subscribers.Add(n => n % 2 == 0, n => Record(even, n));
        using var second = _subscribers.Add(_ => true, n => Record(all, n));

        await _subscribers.PublishAsync(1);
        await _subscribers.PublishAsync(2);

        even.ShouldBe([2]);
        all.ShouldBe([1, 2]);
    }

    [Fact]
    public async Task PublishAsync_AfterDispose_NoLongerReachesThatSubscriber()
    {
        var received = new List<int>();
        var subscription = _subscribers.Add(_ => true, n => Record(received, n));
        await _subscribers.PublishAsync(1);

        subscription.Dispose();
        await _subscribers.PublishAsync(2);

        received.ShouldBe([1]);
    }

    [Fact]
    public async Task PublishAsync_ASubscriberThrows_TheOthersStillHearIt()
    {
        var received = new List<int>();
        using var broken = _subscribers.Add(_ => true, _ => throw new ObjectDisposedException("circuit"));
        using var working = _subscribers.Add(_ => true, n => Record(received, n));

        await _subscribers.PublishAsync(7);

        received.ShouldBe([7]);
    }

    private static Task Record(List<int> into, int value)
    {
        into.Add(value);
        return Task.CompletedTask;
    }
}
