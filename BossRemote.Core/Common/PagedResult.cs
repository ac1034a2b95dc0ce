namespace BossRemote.Core.Common;

/// <summary>One page of a server-side paged list plus the total across all pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
