using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BossRemote.Core.Data;

/// <summary>
/// Reads one table in batches, in primary-key order. A single number or text key pages by "after the last key read",
/// so a table of millions of rows costs the same per batch at its end as at its start; other keys (Identity's
/// composite ones, small tables) page by offset.
/// </summary>
internal sealed class KeyOrderedBatches<TEntity>(IEntityType type) where TEntity : class
{
    private static readonly Type[] SeekableKeyTypes = [typeof(int), typeof(long), typeof(short), typeof(string)];

    private readonly IReadOnlyList<IProperty> _key = type.FindPrimaryKey()?.Properties
        ?? throw new NotSupportedException($"{type.DisplayName()} has no primary key, so it cannot be copied row by row.");

    // Read through a box, so EF sends the last key as a parameter and reuses one compiled query for every batch.
    private readonly StrongBox<object?> _lastKey = new();
    private Expression<Func<TEntity, bool>>? _after;
    private int _read;

    private bool Seekable => _key is [var only] && only.GetValueConverter() is null && SeekableKeyTypes.Contains(only.ClrType);

    /// <summary>The next <paramref name="size"/> rows after those already <see cref="Read"/>.</summary>
    public IQueryable<TEntity> Next(IQueryable<TEntity> all, int size)
    {
        if (Seekable)
        {
            var after = _lastKey.Value is null ? all : all.Where(_after ??= After(_key[0], _lastKey));
            return after.OrderBy(e => EF.Property<object>(e, _key[0].Name)).Take(size);
        }

        var ordered = all.OrderBy(e => EF.Property<object>(e, _key[0].Name));
        foreach (var property in _key.Skip(1))
        {
            ordered = ordered.ThenBy(e => EF.Property<object>(e, property.Name));
        }

        return ordered.Skip(_read).Take(size);
    }

    /// <summary>Moves past <paramref name="batch"/> (tracked by <paramref name="source"/>).</summary>
    public void Read(DbContext source, IReadOnlyList<TEntity> batch)
    {
        _read += batch.Count;
        if (batch.Count > 0)
        {
            _lastKey.Value = source.Entry(batch[^1]).Property(_key[0].Name).CurrentValue;
        }
    }

    /// <summary><c>e =&gt; EF.Property&lt;TKey&gt;(e, key) &gt; last</c>; text compares with <c>string.Compare</c>, which EF turns into <c>&gt;</c>.</summary>
    private static Expression<Func<TEntity, bool>> After(IProperty key, StrongBox<object?> last)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var value = Expression.Call(typeof(EF), nameof(EF.Property), [key.ClrType], entity, Expression.Constant(key.Name));
        var bound = Expression.Convert(Expression.Field(Expression.Constant(last), nameof(StrongBox<object?>.Value)), key.ClrType);
        Expression greater = key.ClrType == typeof(string)
            ? Expression.GreaterThan(
                Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, value, bound),
                Expression.Constant(0))
            : Expression.GreaterThan(value, bound);
        return Expression.Lambda<Func<TEntity, bool>>(greater, entity);
    }
}
