using BossRemote.Core.Common.Events;

namespace BossRemote.Core.ServiceCases;

/// <summary>A case became active: TeamViewer issued its code and links (the requester's invitation follows).</summary>
public sealed record ServiceCaseActivated(long ServiceCaseId) : IDomainEvent;
