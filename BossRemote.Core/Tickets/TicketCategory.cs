namespace BossRemote.Core.Tickets;

/// <summary>An entry of the admin-editable category list (Support, PC, Network, …).</summary>
public sealed class TicketCategory
{
    public const int NameMaxLength = 50;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Retired categories stay on old tickets but are not offered for new ones.</summary>
    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}
