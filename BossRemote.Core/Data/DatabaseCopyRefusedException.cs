namespace BossRemote.Core.Data;

/// <summary>
/// The copy to PostgreSQL will not start, for a reason a person can fix (the target already holds data, the source is
/// missing or not up to date). Nothing was written when this is thrown.
/// </summary>
public sealed class DatabaseCopyRefusedException(string message) : Exception(message);
