using BossRemote.Core.Data;
using BossRemote.Core.TeamViewerSimulator;
using Microsoft.EntityFrameworkCore;

namespace BossRemote.Tests.Integration.Infrastructure;

/// <summary>Counts the rows of every table of the help desk's and the simulator's models, straight from the database.</summary>
public static class TableRows
{
    /// <summary>Rows per table, by table name without schema (the simulator's tables have a schema only on PostgreSQL).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountAsync(DatabaseProvider provider, string helpDesk, string simulator)
    {
        var helpDeskOptions = new DbContextOptionsBuilder<BossRemoteDbContext>();
        helpDeskOptions.UseBossRemoteDatabase(provider, helpDesk);
        await using var helpDeskDb = new BossRemoteDbContext(helpDeskOptions.Options);
        var simulatorOptions = new DbContextOptionsBuilder<SimulatorDbContext>();
        simulatorOptions.UseSimulatorDatabase(provider, simulator);
        await using var simulatorDb = new SimulatorDbContext(simulatorOptions.Options);
        return new Dictionary<string, long>([.. await CountAsync(helpDeskDb), .. await CountAsync(simulatorDb)]);
    }

    private static async Task<List<KeyValuePair<string, long>>> CountAsync(DbContext db)
    {
        var rows = new List<KeyValuePair<string, long>>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            var table = type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
            var count = $"SELECT COUNT(*) AS \"Value\" FROM {table}";
            rows.Add(new(type.GetTableName()!, await db.Database.SqlQueryRaw<long>(count).SingleAsync()));
        }

        return rows;
    }
}
