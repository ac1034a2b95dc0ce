namespace BossRemote.Core.Audit;

/// <summary>Someone who appears in the audit trail: the key to filter by (<see cref="AuditQuery.Actor"/>) and a name.</summary>
public sealed record AuditActor(string Key, string Name);
