namespace BossRemote.Core.ServiceCases;

/// <summary>Where writing the ticket into a case's TeamViewer connection reports stands.</summary>
public enum ReportWriteBackState
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending = 0,

    /// <summary>Every report of the case carries the ticket's number and subject.</summary>
    Written = 1,

    /// <summary>Given up: TeamViewer refused it for good, or stayed unavailable through every attempt.</summary>
    Failed = 2,
}
