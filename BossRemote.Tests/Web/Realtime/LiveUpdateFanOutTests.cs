using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Web.Realtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace BossRemote.Tests.Web.Realtime;

public class LiveUpdateFanOutTests
{
    private readonly LiveUpdateFanOut _fanOut = new(NullLogger<LiveUpdateFanOut>.Instance);

    [Fact]
    public async Task Post_ReachesOnlyTheSubscribersOfThatKey()
    {
        var a = new LiveProbe();
        var b = new LiveProbe();
        using var first = _fanOut.Subscribe("ticket:1", a.Handle);
        using var second = _fanOut.Subscribe("ticket:2", b.Handle);

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: false);

        await a.WaitForAsync(1);
        b.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Post_ReturnsBeforeSlowPagesHaveReadAndCallsThemAllAtOnce()
    {
        var gate = new TaskCompletionSource();
        var started = 0;
        var subscriptions = Enumerable.Range(0, 20).Select(_ => _fanOut.Subscribe("ticket:1", async _ =>
        {
            Interlocked.Increment(ref started);
            await gate.Task;
        })).ToList();

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);

        // Post has returned while every page is still "reading", and all twenty were called without waiting in turn.
        await LiveProbe.Eventually(() => Volatile.Read(ref started) == 20);
        gate.SetResult();
        subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Post_ManyChangesWhilePagesRead_MakesOneMoreRoundNotOneEach()
    {
        var gate = new TaskCompletionSource();
        var rounds = 0;
        using var page = _fanOut.Subscribe("ticket:1", async _ =>
        {
            if (Interlocked.Increment(ref rounds) == 1)
            {
                await gate.Task;
            }
        });

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);
        await LiveProbe.Eventually(() => Volatile.Read(ref rounds) == 1);
        for (var i = 0; i < 10; i++)
        {
            _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);
        }

        gate.SetResult();
        await LiveProbe.Eventually(() => Volatile.Read(ref rounds) == 2);
        await Task.Delay(200);
        Volatile.Read(ref rounds).ShouldBe(2);
    }

    [Fact]
    public async Task Post_NotCoalesced_DeliversEveryMessage()
    {
        var probe = new LiveProbe();
        using var page = _fanOut.Subscribe("notices:u1", probe.Handle);

        for (var i = 0; i < 5; i++)
        {
            _fanOut.Post("notices:u1", new TicketChanged(i), coalesce: false);
        }

        await probe.WaitForAsync(5);
    }

    [Fact]
    public async Task Post_AfterDispose_NoLongerReachesThatPageAndForgetsTheKey()
    {
        var probe = new LiveProbe();
        var subscription = _fanOut.Subscribe("ticket:1", probe.Handle);
        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: false);
        await probe.WaitForAsync(1);

        subscription.Dispose();
        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: false);
        await Task.Delay(100);

        probe.Count.ShouldBe(1);
        _fanOut.Keys.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_APageThrows_TheOthersStillGetIt()
    {
        var probe = new LiveProbe();
        using var broken = _fanOut.Subscribe("ticket:1", _ => throw new ObjectDisposedException("circuit"));
        using var working = _fanOut.Subscribe("ticket:1", probe.Handle);

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);

        await probe.WaitForAsync(1);
    }

    [Fact]
    public async Task Post_TwoPages_GivesWayBeforeCallingTheSecond()
    {
        var gaveWay = new TaskCompletionSource();
        var fanOut = new LiveUpdateFanOut(NullLogger<LiveUpdateFanOut>.Instance) { GiveWay = () => gaveWay.Task };
        var first = new LiveProbe();
        var second = new LiveProbe();
        using var a = fanOut.Subscribe("ticket:1", first.Handle);
        using var b = fanOut.Subscribe("ticket:1", second.Handle);

        fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);
        await first.WaitForAsync(1);
        await Task.Delay(300);
        var calledBeforeGivingWay = second.Count;
        gaveWay.SetResult();

        await second.WaitForAsync(1);
        calledBeforeGivingWay.ShouldBe(0);
    }

    [Fact]
    public async Task Post_EachPage_RecordsItsDeliveryFromThePostToItsRender()
    {
        // A key of its own: other tests' fan-outs in this process record deliveries too.
        var kind = "probe" + Guid.NewGuid().ToString("N");
        var deliveries = new ConcurrentQueue<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == Telemetry.SourceName && instrument.Name == Telemetry.LiveUpdateDelivery)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, ms, tags, _) =>
        {
            if (Equals(tags.ToArray().SingleOrDefault(t => t.Key == Telemetry.LiveUpdateKeyTag).Value, kind))
            {
                deliveries.Enqueue(ms);
            }
        });
        listener.Start();
        var subscriptions = Enumerable.Range(0, 3)
            .Select(_ => _fanOut.Subscribe($"{kind}:7", async _ => await Task.Delay(100))).ToList();

        _fanOut.Post($"{kind}:7", new TicketChanged(7), coalesce: true);

        await LiveProbe.Eventually(() => deliveries.Count == 3);
        deliveries.ShouldAllBe(ms => ms >= 90); // each page took 100 ms to render, counted from the post
        subscriptions.ForEach(s => s.Dispose());
    }

    [Theory]
    [InlineData("ticket:42", "ticket")]
    [InlineData("tickets", "tickets")]
    [InlineData("user:5f0c", "user")]
    public void KindOf_AKey_IsItsKindWithoutTheId(string key, string kind) => LiveUpdateFanOut.KindOf(key).ShouldBe(kind);

    [Fact]
    public async Task Post_NewerChangeWhileARoundCallsThePages_OneMoreRoundOnlyForThePagesCalledBeforeIt()
    {
        var first = new LiveProbe();
        var second = new LiveProbe();
        var third = new LiveProbe();
        using var a = _fanOut.Subscribe("ticket:1", async update =>
        {
            if (first.Count == 0)
            {
                // A newer change commits while the pages are still being told of the first (the invitation queued after Play).
                _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);
            }

            await first.Handle(update);
        });
        using var b = _fanOut.Subscribe("ticket:1", second.Handle);
        using var c = _fanOut.Subscribe("ticket:1", third.Handle);

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);

        // The second and third pages were called after the newer change, so they read it already.
        await first.WaitForAsync(2);
        await Task.Delay(200);
        (first.Count, second.Count, third.Count).ShouldBe((2, 1, 1));
    }

    [Fact]
    public async Task Post_TwoNewerChangesWhileARoundCallsThePages_OneMoreRoundForEveryPageCalledBeforeTheLatest()
    {
        var probes = Enumerable.Range(0, 4).Select(_ => new LiveProbe()).ToArray();
        var subscriptions = probes.Select((probe, i) => _fanOut.Subscribe("ticket:1", async update =>
        {
            // The first and third pages are told while a newer change commits (the invitation queued, then sent).
            if (i is 0 or 2 && probe.Count == 0)
            {
                _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);
            }

            await probe.Handle(update);
        })).ToList();

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);

        // The second page read after the first newer change but before the second: it needs the next round too.
        await probes[2].WaitForAsync(2);
        await Task.Delay(400);
        probes.Select(p => p.Count).ShouldBe([2, 2, 2, 1]);
        subscriptions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Post_PagesOpenedAndClosedDuringARound_TheNextRoundCallsTheOpenedAndNotTheClosed()
    {
        var closing = new LiveProbe();
        var staying = new LiveProbe();
        var later = new LiveProbe();
        var opened = new LiveProbe();
        IDisposable? openedSubscription = null;
        var closingSubscription = _fanOut.Subscribe("ticket:1", closing.Handle);
        using var stayingSubscription = _fanOut.Subscribe("ticket:1", async update =>
        {
            if (staying.Count == 0)
            {
                closingSubscription.Dispose();
                openedSubscription = _fanOut.Subscribe("ticket:1", opened.Handle);
                _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);
            }

            await staying.Handle(update);
        });
        using var laterSubscription = _fanOut.Subscribe("ticket:1", later.Handle);

        _fanOut.Post("ticket:1", new TicketChanged(1), coalesce: true);

        await staying.WaitForAsync(2);
        await opened.WaitForAsync(1);
        await Task.Delay(200);
        (closing.Count, staying.Count, later.Count, opened.Count).ShouldBe((1, 2, 1, 1));
        openedSubscription!.Dispose();
    }
}
