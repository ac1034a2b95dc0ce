using BossRemote.Core.Common.Events;

namespace BossRemote.Tests.Web.Realtime;

/// <summary>A page stand-in that counts what reached it; deliveries are asynchronous, so tests wait for them.</summary>
public sealed class LiveProbe
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task Handle(ILiveUpdate update) => Hit();

    public Task Hit()
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task WaitForAsync(int count) => Eventually(() => Count >= count);

    public static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition did not hold in time");
            await Task.Delay(10);
        }
    }
}
