using System.Collections.Frozen;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Aggregation;

/// <summary>
/// Folds claims from many documents into one <see cref="RelationProfile"/> per (source, target, relation). Claims of
/// symmetric relations arrive canonicalised (source before target), so the triple is the key. Evidence is
/// de-duplicated by a content hash of the sentence text and the polarity: the same sentence in the same document
/// counts once, and the same sentence in other documents (syndicated or copied articles) counts once as evidence and
/// once per extra document as corroboration.
/// </summary>
/// <remarks>
/// An aggregator is a mutable accumulator and is <b>not thread-safe</b>: use one per thread and combine their
/// <see cref="ToRelations"/> results with <see cref="RelationSet.Merge"/>, which gives exactly the result of
/// aggregating all claims in one aggregator.
/// </remarks>
public sealed class RelationAggregator
{
    private readonly Dictionary<(string Source, string Target, string Relation), ProfileAccumulator> _profiles = [];
    private readonly FrozenSet<string> _symmetric;

    /// <summary>Creates an empty aggregator that knows the relation types of the embedded default pack.</summary>
    /// <exception cref="RulePackException">Never in a correct build; the embedded pack is tested.</exception>
    public RelationAggregator()
    {
        _symmetric = SymmetricRelations.From([RulePack.Default]);
    }

    /// <summary>
    /// Creates an empty aggregator that knows the relation types of <paramref name="analyzer"/>'s packs, so that
    /// <see cref="RelationSet.Find"/> finds the pairs of symmetric relations those packs declare in either order.
    /// </summary>
    /// <param name="analyzer">The analyzer whose claims will be aggregated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> is null.</exception>
    public RelationAggregator(AllianceAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _symmetric = SymmetricRelations.From(analyzer.Packs);
    }

    /// <summary>Adds one claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> or its evidence is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The claim's strength is not a number in [0, 1].</exception>
    public void Add(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(claim.Evidence, nameof(claim));
        if (!(claim.Strength is >= 0.0 and <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(claim), claim.Strength, $"Claim '{claim.Id}' has a strength outside [0, 1].");
        }

        var key = (claim.Source, claim.Target, claim.Relation);
        if (!_profiles.TryGetValue(key, out ProfileAccumulator? profile))
        {
            profile = new ProfileAccumulator(claim.Source, claim.Target, claim.Relation);
            _profiles.Add(key, profile);
        }

        profile.Add(claim);
    }

    /// <summary>Adds every claim of an analysed document.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> or one of its claims is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A claim's strength is not a number in [0, 1].</exception>
    public void Add(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        AddRange(analysis.Claims);
    }

    /// <summary>Adds claims.</summary>
    /// <param name="claims">The claims.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of the claims is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A claim's strength is not a number in [0, 1].</exception>
    public void AddRange(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        foreach (Claim claim in claims)
        {
            Add(claim);
        }
    }

    /// <summary>
    /// Builds the profiles of everything added so far. The aggregator is unchanged and can go on accumulating; later
    /// additions do not affect the returned set.
    /// </summary>
    /// <returns>The profiles, sorted by source, target and relation.</returns>
    public RelationSet ToRelations() => RelationSet.Build(_profiles.Values, _symmetric);
}
