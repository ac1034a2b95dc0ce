namespace BossRemote.Core.Notifications;

/// <summary>One technician's choices (SPEC §3.5); without a row the defaults apply.</summary>
public sealed class UserNotificationPreferences
{
    public string UserId { get; set; } = "";

    /// <summary>A notice in the app (the bell) when a customer comes online (on by default).</summary>
    public bool InAppCustomerOnline { get; set; } = true;

    /// <summary>An e-mail too (off by default).</summary>
    public bool EmailCustomerOnline { get; set; }
}
