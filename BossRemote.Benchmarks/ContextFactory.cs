using BossRemote.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Benchmarks;

/// <summary>One context per operation, as the app's <c>AddDbContextFactory</c> gives them.</summary>
internal sealed class ContextFactory(DbContextOptions<BossRemoteDbContext> options) : IDbContextFactory<BossRemoteDbContext>
{
    public BossRemoteDbContext CreateDbContext() => new(options);
}
