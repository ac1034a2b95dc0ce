namespace BossRemote.Core.Email;

public enum EmailKind
{
    /// <summary>The requester's invitation with the customer link (admin-editable template).</summary>
    CustomerInvitation = 0,

    /// <summary>A technician's notice that a customer came online.</summary>
    CustomerOnline = 1,
}
