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

    /// <summary>
    /// Cancelled by a technician while TeamViewer's answer to the create was still unknown. The ticket is free again;
    /// the sweep asks TeamViewer for the session until it knows, closes it there if it exists, then deletes the row.
    /// Never shown, never reported.
    /// </summary>
    Cancelled = 4,
}
