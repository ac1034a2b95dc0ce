namespace BossRemote.Core.Email;

public enum EmailDeliveryStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Queued = 0,

    /// <summary>An attempt is running right now.</summary>
    Sending = 1,

    /// <summary>An attempt failed; another is scheduled (see the last error and the next attempt time).</summary>
    Retrying = 2,

    /// <summary>The server accepted it.</summary>
    Sent = 3,

    /// <summary>Every attempt failed; a person can resend it.</summary>
    Failed = 4,
}
