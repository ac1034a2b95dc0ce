namespace BossRemote.Core.ServiceCases;

public enum ServiceCaseState
{
    /// <summary>
    /// BossRemote has reserved the ticket's one active slot and is asking TeamViewer for a code. Never shown as a
    /// usable case; a pending case that outlives its request is reconciled through <c>custom_api</c> or removed.
    /// </summary>
    Pending = 0,

    /// <summary>TeamViewer issued a code; the case is open and not yet expired.</summary>
    Active = 1,

    /// <summary>Stopped by a technician (or closed in BossRemote only after the token was revoked).</summary>
    Closed = 2,

    /// <summary>Reached its <c>valid_until</c> without being stopped.</summary>
    Expired = 3,
}
