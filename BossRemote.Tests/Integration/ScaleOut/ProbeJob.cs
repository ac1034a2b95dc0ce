using System.Collections.Concurrent;
using Hangfire.Server;

namespace BossRemote.Tests.Integration.ScaleOut;

/// <summary>
/// A job that only notes where it ran, to count runs across instances (both test hosts live in this process, so they
/// share <see cref="Runs"/>). Hangfire hands the <see cref="PerformContext"/> of the run in.
/// </summary>
public sealed class ProbeJob
{
    /// <summary>Per key, the server of every run.</summary>
    public static ConcurrentDictionary<string, ConcurrentBag<string>> Runs { get; } = new();

    public void Execute(string key, PerformContext? context) =>
        Runs.GetOrAdd(key, _ => []).Add(context?.ServerId ?? "unknown");
}
