using System.Collections.Frozen;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Aggregation;

/// <summary>Which relation types are symmetric, as declared by rule packs (a later pack overrides an earlier one by id).</summary>
internal static class SymmetricRelations
{
    public static FrozenSet<string> None { get; } = FrozenSet<string>.Empty;

    public static FrozenSet<string> From(IEnumerable<RulePack> packs)
    {
        var symmetric = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (RulePack pack in packs)
        {
            foreach (RelationTypeEntry type in pack.Document.RelationTypes)
            {
                symmetric[type.Id] = type.Symmetric;
            }
        }

        return symmetric.Where(pair => pair.Value).Select(pair => pair.Key).ToFrozenSet(StringComparer.Ordinal);
    }

    public static FrozenSet<string> Union(FrozenSet<string> a, FrozenSet<string> b)
    {
        if (b.IsSubsetOf(a))
        {
            return a;
        }

        return a.IsSubsetOf(b) ? b : a.Union(b).ToFrozenSet(StringComparer.Ordinal);
    }
}
