using BossRemote.Core.Common;
using Microsoft.Extensions.Time.Testing;

namespace BossRemote.Tests.Core.Common;

/// <summary>
/// A read is shared, while it runs and for a moment after, by callers who asked after the last change, and by no one
/// else.
/// </summary>
public sealed class SharedReadsTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly SharedReads _reads;
    private int _runs;

    public SharedReadsTests() => _reads = new SharedReads(_time);

    [Fact]
    public async Task ReadAsync_SameKeyWhileRunning_OneReadForBoth()
    {
        var gate = new TaskCompletionSource<string>();

        var first = _reads.ReadAsync("ticket 1042", () => Run(gate.Task));
        var second = _reads.ReadAsync("ticket 1042", () => Run(gate.Task));
        gate.SetResult("answer");

        (await first).ShouldBe("answer");
        (await second).ShouldBe("answer");
        _runs.ShouldBe(1);
    }

    [Fact]
    public async Task ReadAsync_ChangeCommittedWhileRunning_LaterCallerReadsAgain()
    {
        var before = new TaskCompletionSource<string>();

        var stale = _reads.ReadAsync("ticket 1042", () => Run(before.Task));
        _reads.Invalidate();
        var fresh = _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("after the change")));
        before.SetResult("before the change");

        (await fresh).ShouldBe("after the change");
        (await stale).ShouldBe("before the change");
        _runs.ShouldBe(2);
    }

    [Fact]
    public async Task ReadAsync_OtherKey_NotShared()
    {
        var gate = new TaskCompletionSource<string>();

        var first = _reads.ReadAsync("ticket 1042", () => Run(gate.Task));
        var other = await _reads.ReadAsync("ticket 1043", () => Run(Task.FromResult("other")));
        gate.SetResult("answer");

        other.ShouldBe("other");
        (await first).ShouldBe("answer");
        _runs.ShouldBe(2);
    }

    [Fact]
    public async Task ReadAsync_AskedJustAfterTheReadFinished_SharesItsAnswer()
    {
        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("first")))).ShouldBe("first");
        _time.Advance(SharedReads.MaxAge - TimeSpan.FromMilliseconds(10));

        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("second")))).ShouldBe("first");
        _runs.ShouldBe(1);
    }

    [Fact]
    public async Task ReadAsync_AskedOnceTheAnswerIsMaxAgeOld_ReadsAgain()
    {
        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("first")))).ShouldBe("first");
        _time.Advance(SharedReads.MaxAge);

        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("second")))).ShouldBe("second");
        _runs.ShouldBe(2);
    }

    [Fact]
    public async Task ReadAsync_ChangeCommittedAfterTheReadFinished_ReadsAgainAtOnce()
    {
        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("before the change")))).ShouldBe("before the change");

        _reads.Invalidate();

        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("after the change")))).ShouldBe("after the change");
        _runs.ShouldBe(2);
    }

    [Fact]
    public async Task ReadAsync_ReadFails_EveryCallerSeesItAndTheNextReadsAgain()
    {
        var gate = new TaskCompletionSource<string>();
        var first = _reads.ReadAsync("ticket 1042", () => Run(gate.Task));
        var second = _reads.ReadAsync("ticket 1042", () => Run(gate.Task));

        gate.SetException(new InvalidOperationException("database gone"));

        (await Should.ThrowAsync<InvalidOperationException>(() => first)).Message.ShouldBe("database gone");
        await Should.ThrowAsync<InvalidOperationException>(() => second);
        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("back")))).ShouldBe("back");
    }

    [Fact]
    public async Task ReadAsync_OneCallerCancels_TheOtherStillGetsTheAnswer()
    {
        var gate = new TaskCompletionSource<string>();
        using var cancel = new CancellationTokenSource();
        var leaving = _reads.ReadAsync("ticket 1042", () => Run(gate.Task), cancel.Token);
        var staying = _reads.ReadAsync("ticket 1042", () => Run(gate.Task));

        await cancel.CancelAsync();
        gate.SetResult("answer");

        await Should.ThrowAsync<OperationCanceledException>(() => leaving);
        (await staying).ShouldBe("answer");
    }

    [Fact]
    public async Task ReadAsync_EveryCallerStoppedWaiting_TheFinishedReadIsTakenOutOnceMaxAgeOld()
    {
        var gate = new TaskCompletionSource<string>();
        using var cancel = new CancellationTokenSource();
        var leaving = _reads.ReadAsync("ticket 1042", () => Run(gate.Task), cancel.Token);
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => leaving);

        gate.SetResult("nobody waited for this");

        // The read's end reaches SharedReads through xUnit's scheduler, a moment after SetResult returns; then its
        // removal waits on the (fake) clock.
        for (var waited = 0; _reads.Held > 0 && waited < 100; waited++)
        {
            _time.Advance(SharedReads.MaxAge);
            await Task.Delay(50);
        }

        _reads.Held.ShouldBe(0);
        (await _reads.ReadAsync("ticket 1042", () => Run(Task.FromResult("read again")))).ShouldBe("read again");
        _runs.ShouldBe(2);
    }

    private async Task<string> Run(Task<string> answer)
    {
        Interlocked.Increment(ref _runs);
        return await answer;
    }
}
