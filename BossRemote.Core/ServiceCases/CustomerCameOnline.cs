using BossRemote.Core.Common.Events;

namespace BossRemote.Core.ServiceCases;

/// <summary>TeamViewer reported the customer of an active case online (the poll saw <c>online</c> turn true).</summary>
public sealed record CustomerCameOnline(long ServiceCaseId) : IDomainEvent;
