namespace BossRemote.Core.TeamViewerSimulator;

/// <summary>A group of one account (doc §3); sessions belong to one.</summary>
public sealed class SimulatedGroup
{
    public const int NameMaxLength = 100;

    /// <summary><c>g</c> + digits.</summary>
    public string Id { get; set; } = "";

    public string AccountId { get; set; } = "";

    private string _name = "";

    /// <summary>Unique per account, ignoring case (through <see cref="NameKey"/>).</summary>
    public string Name
    {
        get => _name;
        set => (_name, NameKey) = (value, KeyOf(value));
    }

    /// <summary>The name in upper case: what lookups and the unique index compare, the same way on every engine.</summary>
    public string NameKey { get; private set; } = "";

    public string? PolicyId { get; set; }

    public DateTime CreatedAt { get; set; }

    public static string KeyOf(string name) => name.ToUpperInvariant();
}
