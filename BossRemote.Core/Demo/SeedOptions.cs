namespace BossRemote.Core.Demo;

/// <summary>Settings under <c>Seed</c> (environment form <c>Seed__Demo</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Create demo users, tickets and history on an empty database. On in Development.</summary>
    public bool Demo { get; set; }
}
