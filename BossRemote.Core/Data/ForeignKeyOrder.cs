using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BossRemote.Core.Data;

/// <summary>
/// The order in which a model's tables can be filled with their foreign keys checked row by row (PostgreSQL checks
/// them at once, not at commit): every principal before its dependents. A table that refers to itself is not ordered
/// against itself; <see cref="IsSelfReferencing"/> tells the copier to write it in one go, so EF puts parents first.
/// </summary>
internal static class ForeignKeyOrder
{
    /// <summary>The root entity types of <paramref name="model"/>, principals first; ties in table-name order, so runs repeat.</summary>
    public static IReadOnlyList<IEntityType> Of(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(t => t.BaseType is null).ToDictionary(t => t, PrincipalsOf);
        var ordered = new List<IEntityType>(remaining.Count);
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(r => r.Value.All(p => !remaining.ContainsKey(p))).Select(r => r.Key)
                .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new NotSupportedException(
                    $"These tables refer to each other in a circle, so no order can fill them: {string.Join(", ", remaining.Keys.Select(t => t.GetTableName()).Order(StringComparer.Ordinal))}.");
            }

            foreach (var type in ready)
            {
                remaining.Remove(type);
                ordered.Add(type);
            }
        }

        return ordered;
    }

    /// <summary>Whether rows of <paramref name="type"/> (or of its derived types) refer to other rows of the same table.</summary>
    public static bool IsSelfReferencing(IEntityType type) =>
        ForeignKeysOf(type).Any(fk => fk.PrincipalEntityType.GetRootType() == type.GetRootType());

    private static HashSet<IEntityType> PrincipalsOf(IEntityType root) =>
        [.. ForeignKeysOf(root).Select(fk => fk.PrincipalEntityType.GetRootType()).Where(p => p != root)];

    private static IEnumerable<IForeignKey> ForeignKeysOf(IEntityType type) =>
        type.GetDerivedTypesInclusive().SelectMany(t => t.GetDeclaredForeignKeys());
}
