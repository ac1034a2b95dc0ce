using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BossRemote.Core.Data;

/// <summary>
/// Copies every row of one entity type from one context to another of the same model, from EF's metadata alone, so a
/// new table or column is copied without anyone remembering to add it here. Source rows are read tracked, because
/// only a tracked entry carries shadow properties (foreign keys without a CLR property); each becomes a new target
/// entity with every property's value, shadow ones and the key included, and batches are cleared from both change
/// trackers as they are written.
/// </summary>
internal static class TableCopy
{
    public const int BatchSize = 1000;

    private static readonly MethodInfo CopyOfType = typeof(TableCopy).GetMethod(nameof(CopyAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Copies the rows of <paramref name="type"/> (and its derived types), <paramref name="batchSize"/> at a time; returns how many.</summary>
    public static Task<long> CopyAsync(DbContext source, DbContext target, IEntityType type, int batchSize, CancellationToken cancellationToken)
    {
        if (type.IsOwned() || type.HasSharedClrType || type.GetDerivedTypesInclusive().Any(t => t.GetDeclaredComplexProperties().Any()))
        {
            // Refused loudly rather than copied in part: property-by-property copying would miss their values.
            throw new NotSupportedException($"{type.DisplayName()} is owned, shared-type or has complex properties, which the copier does not handle yet.");
        }

        return (Task<long>)CopyOfType.MakeGenericMethod(type.ClrType).Invoke(null, [source, target, type, batchSize, cancellationToken])!;
    }

    private static async Task<long> CopyAsync<TEntity>(DbContext source, DbContext target, IEntityType type, int batchSize, CancellationToken cancellationToken)
        where TEntity : class
    {
        // A table whose rows refer to each other goes in one save, where EF writes parents before children.
        var size = ForeignKeyOrder.IsSelfReferencing(type) ? int.MaxValue : batchSize;
        var batches = new KeyOrderedBatches<TEntity>(type);
        long copied = 0;
        while (true)
        {
            var batch = await batches.Next(source.Set<TEntity>(), size).ToListAsync(cancellationToken);
            foreach (var entity in batch)
            {
                AddCopy(target, source.Entry(entity));
            }

            await target.SaveChangesAsync(cancellationToken);
            batches.Read(source, batch);
            copied += batch.Count;
            source.ChangeTracker.Clear();
            target.ChangeTracker.Clear();
            if (batch.Count < size)
            {
                return copied;
            }
        }
    }

    private static void AddCopy(DbContext target, EntityEntry from)
    {
        var to = target.Add(from.CurrentValues.ToObject());

        // By name: the two contexts have separate models (one per engine), and EF's SetValues insists on one.
        foreach (var property in to.Metadata.GetProperties())
        {
            to.CurrentValues[property] = from.CurrentValues[property.Name] switch
            {
                // PostgreSQL's timestamptz takes only offset zero; SQLite kept whatever offset was written. Same instant.
                DateTimeOffset value => value.ToUniversalTime(),
                var value => value,
            };
        }
    }
}
