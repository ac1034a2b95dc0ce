namespace BossRemote.Core.Data;

/// <summary>One table the copy filled: its name as PostgreSQL knows it (schema-qualified for the simulator) and its rows.</summary>
public sealed record CopiedTable(string Table, long Rows);
