namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>A group of one account (doc §3); sessions belong to one.</summary>
public sealed class SimulatedGroup
{
    public const int NameMaxLength = 100;

    /// <summary><c>g</c> + digits.</summary>
    public string Id { get; set; } = "";

    public string AccountId { get; set; } = "";

    /// <summary>Unique per account, ignoring case.</summary>
    public string Name { get; set; } = "";

    public string? PolicyId { get; set; }

    public DateTime CreatedAt { get; set; }
}
