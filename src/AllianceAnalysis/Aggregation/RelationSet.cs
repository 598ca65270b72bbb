using System.Collections.Frozen;

namespace AllianceAnalysis.Aggregation;

/// <summary>
/// The aggregated relations of a batch of claims: one <see cref="RelationProfile"/> per (source, target, relation),
/// sorted by source, target and relation (ordinal). Sets from different batches merge into the set of their union, so
/// shards can be aggregated anywhere and combined.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RelationSet
{
    private readonly RelationProfile[] _profiles;
    private readonly FrozenSet<string> _symmetric;

    private RelationSet(RelationProfile[] profiles, FrozenSet<string> symmetric)
    {
        _profiles = profiles;
        _symmetric = symmetric;
        Profiles = Array.AsReadOnly(profiles);
    }

    /// <summary>The set with no profiles; merging it with any set gives that set.</summary>
    public static RelationSet Empty { get; } = new([], SymmetricRelations.None);

    /// <summary>The profiles, sorted by <see cref="RelationProfile.Source"/>, <see cref="RelationProfile.Target"/> and <see cref="RelationProfile.Relation"/> (ordinal).</summary>
    public IReadOnlyList<RelationProfile> Profiles { get; }

    /// <summary>
    /// Merges two sets into the set of the union of their claims: the result is exactly what aggregating all the claims
    /// of both batches at once would give (evidence seen in both is counted once, its documents are combined).
    /// Merging is associative and commutative, and <see cref="Empty"/> is its identity.
    /// </summary>
    /// <param name="other">The set to merge with.</param>
    /// <returns>The merged set; this set or <paramref name="other"/> when the other one adds nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public RelationSet Merge(RelationSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        FrozenSet<string> symmetric = SymmetricRelations.Union(_symmetric, other._symmetric);
        if (other._profiles.Length == 0 && ReferenceEquals(symmetric, _symmetric))
        {
            return this;
        }

        if (_profiles.Length == 0 && ReferenceEquals(symmetric, other._symmetric))
        {
            return other;
        }

        // Both arrays are sorted by key: walk them together, rebuild only the profiles present on both sides.
        var merged = new List<RelationProfile>(Math.Max(_profiles.Length, other._profiles.Length));
        int i = 0;
        int j = 0;
        while (i < _profiles.Length || j < other._profiles.Length)
        {
            int order = i == _profiles.Length ? 1
                : j == other._profiles.Length ? -1
                : CompareKeys(_profiles[i], other._profiles[j]);
            if (order < 0)
            {
                merged.Add(_profiles[i++]);
            }
            else if (order > 0)
            {
                merged.Add(other._profiles[j++]);
            }
            else
            {
                RelationProfile left = _profiles[i++];
                var accumulator = new ProfileAccumulator(left.Source, left.Target, left.Relation);
                foreach (ProfileEvidence evidence in left.Evidence)
                {
                    accumulator.Add(evidence);
                }

                foreach (ProfileEvidence evidence in other._profiles[j++].Evidence)
                {
                    accumulator.Add(evidence);
                }

                merged.Add(accumulator.Build());
            }
        }

        return new RelationSet([.. merged], symmetric);
    }

    /// <summary>
    /// Finds the profile of a relation between two actors. For a relation type that the rule packs declare symmetric,
    /// the actors may be given in either order; for a directed one (e.g. <c>arms</c>, supplier → recipient) only the
    /// given direction is found.
    /// </summary>
    /// <param name="source">The source actor code.</param>
    /// <param name="target">The target actor code.</param>
    /// <param name="relation">The relation type id.</param>
    /// <returns>The profile, or <see langword="null"/> when the claims say nothing about that relation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RelationProfile? Find(string source, string target, string relation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(relation);
        RelationProfile? profile = Lookup(source, target, relation);
        if (profile is null && _symmetric.Contains(relation))
        {
            profile = Lookup(target, source, relation);
        }

        return profile;
    }

    internal static RelationSet Build(IEnumerable<ProfileAccumulator> accumulators, FrozenSet<string> symmetric)
    {
        RelationProfile[] profiles = [.. accumulators.Select(accumulator => accumulator.Build())];
        if (profiles.Length == 0 && symmetric.Count == 0)
        {
            return Empty;
        }

        Array.Sort(profiles, CompareKeys);
        return new RelationSet(profiles, symmetric);
    }

    private static int CompareKeys(RelationProfile a, RelationProfile b) => CompareKeys(a, b.Source, b.Target, b.Relation);

    private static int CompareKeys(RelationProfile a, string source, string target, string relation)
    {
        int result = string.CompareOrdinal(a.Source, source);
        if (result != 0)
        {
            return result;
        }

        result = string.CompareOrdinal(a.Target, target);
        return result != 0 ? result : string.CompareOrdinal(a.Relation, relation);
    }

    private RelationProfile? Lookup(string source, string target, string relation)
    {
        int low = 0;
        int high = _profiles.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = CompareKeys(_profiles[middle], source, target, relation);
            if (order == 0)
            {
                return _profiles[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
