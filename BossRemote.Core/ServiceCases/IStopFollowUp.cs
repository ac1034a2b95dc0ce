namespace BossRemote.Core.ServiceCases;

/// <summary>
/// Something more that belongs in the save that ends a case by Stop (the satisfaction rating request, ADR-023). Owned
/// here so that service cases need not know who follows up; a failure is logged and never fails or blocks Stop.
/// </summary>
public interface IStopFollowUp
{
    /// <summary>Adds what follows up <paramref name="serviceCase"/> (ended, its ticket loaded) to <paramref name="db"/>'s pending save.</summary>
    /// <returns>What to do once that save has committed, or null.</returns>
    Task<Action?> AddAsync(Data.BossRemoteDbContext db, ServiceCase serviceCase, DateTime endedAt, CancellationToken cancellationToken);
}
