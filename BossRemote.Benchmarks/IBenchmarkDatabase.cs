using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>
/// One engine's copy of <see cref="BenchmarkData"/>, built with the product's migrations, and the hand-written SQL the
/// report is checked against on that engine.
/// </summary>
public interface IBenchmarkDatabase
{
    /// <summary>How the product's own contexts reach it (<c>UseBossRemoteDatabase</c>).</summary>
    DbContextOptions<BossRemoteDbContext> ContextOptions { get; }

    IHandWrittenReport HandWrittenReport { get; }

    /// <summary>Builds the data, or reuses what an earlier run built with the same number of cases.</summary>
    Task EnsureAsync();

    /// <summary>The engine and its version, for the heading of the table, e.g. "SQLite 3.53.3".</summary>
    Task<string> DescribeAsync();
}
