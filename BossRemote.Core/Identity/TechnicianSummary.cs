namespace BossRemote.Core.Identity;

/// <summary>A person a ticket can be assigned to.</summary>
public sealed record TechnicianSummary(string Id, string DisplayName, string Email);
