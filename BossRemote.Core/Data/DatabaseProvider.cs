namespace BossRemote.Core.Data;

public enum DatabaseProvider
{
    Sqlite = 0,
    Postgres = 1,
}
