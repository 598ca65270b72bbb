namespace AllianceAnalysis.Aggregation;

/// <summary>
/// Everything a set of documents says about one relation between two actors: how many distinct sentences affirm and
/// negate it, how strongly (<see cref="Support"/>, <see cref="Opposition"/>, <see cref="Score"/>), in which documents,
/// and the evidence itself.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Support"/> is <c>1 − Π(1 − s)</c> over the distinct affirmed evidence, where <c>s</c> is the evidence's
/// <see cref="ProfileEvidence.Strength"/>; <see cref="Opposition"/> is the same over the distinct negated evidence.
/// Two affirmed sentences of strength 0.8 and 0.6 give support 1 − 0.2 × 0.4 = 0.92; one negated sentence of strength
/// 0.7 gives opposition 0.7; the score is 0.92 − 0.7 = 0.22.
/// </para>
/// <para>
/// Profiles are created only by <see cref="RelationAggregator"/> and <see cref="RelationSet.Merge"/>. Immutable and
/// thread-safe. Equality is by value, comparing the lists element by element.
/// </para>
/// </remarks>
public sealed record RelationProfile
{
    internal RelationProfile(
        string source,
        string target,
        string relation,
        IReadOnlyList<string> documents,
        IReadOnlyList<ProfileEvidence> evidence,
        int affirmed,
        int negated,
        double support,
        double opposition,
        int corroborations,
        Claim? strongestAffirmed,
        Claim? strongestNegated)
    {
        Source = source;
        Target = target;
        Relation = relation;
        Documents = documents;
        Evidence = evidence;
        Affirmed = affirmed;
        Negated = negated;
        Support = support;
        Opposition = opposition;
        Corroborations = corroborations;
        StrongestAffirmed = strongestAffirmed;
        StrongestNegated = strongestNegated;
    }

    /// <summary>The source actor code (for a symmetric relation, the alphabetically first of the pair).</summary>
    public string Source { get; }

    /// <summary>The target actor code (for a symmetric relation, the alphabetically second of the pair).</summary>
    public string Target { get; }

    /// <summary>The relation type id, e.g. <c>trade</c>.</summary>
    public string Relation { get; }

    /// <summary>Number of distinct evidence sentences that affirm the relation.</summary>
    public int Affirmed { get; }

    /// <summary>Number of distinct evidence sentences that negate the relation.</summary>
    public int Negated { get; }

    /// <summary>The distinct ids of all documents with evidence for this profile, sorted ordinally.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Combined strength of the affirmed evidence, <c>1 − Π(1 − s)</c>, in [0, 1].</summary>
    public double Support { get; }

    /// <summary>Combined strength of the negated evidence, <c>1 − Π(1 − s)</c>, in [0, 1].</summary>
    public double Opposition { get; }

    /// <summary><see cref="Support"/> minus <see cref="Opposition"/>, in [−1, 1]. Not rounded; writers round it for output.</summary>
    public double Score => Support - Opposition;

    /// <summary>
    /// How many extra copies of evidence sentences were seen in other documents (syndicated or copied articles): the sum
    /// over the evidence of its number of documents minus one.
    /// </summary>
    public int Corroborations { get; }

    /// <summary>The affirming claim with the highest strength (ties broken by document id, then offsets), or <see langword="null"/> when nothing affirms.</summary>
    public Claim? StrongestAffirmed { get; }

    /// <summary>The negating claim with the highest strength (ties broken by document id, then offsets), or <see langword="null"/> when nothing negates.</summary>
    public Claim? StrongestNegated { get; }

    /// <summary>
    /// The distinct evidence: affirmed before negated, each side strongest first (then by document id and offsets).
    /// </summary>
    public IReadOnlyList<ProfileEvidence> Evidence { get; }

    /// <summary>Whether <paramref name="other"/> describes the same relation with the same counts, scores, documents and evidence.</summary>
    /// <param name="other">The profile to compare with.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public bool Equals(RelationProfile? other) =>
        other is not null
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && string.Equals(Relation, other.Relation, StringComparison.Ordinal)
        && Affirmed == other.Affirmed
        && Negated == other.Negated
        && Support.Equals(other.Support)
        && Opposition.Equals(other.Opposition)
        && Corroborations == other.Corroborations
        && Equals(StrongestAffirmed, other.StrongestAffirmed)
        && Equals(StrongestNegated, other.StrongestNegated)
        && Documents.SequenceEqual(other.Documents, StringComparer.Ordinal)
        && Evidence.SequenceEqual(other.Evidence);

    /// <summary>A hash code consistent with <see cref="Equals(RelationProfile?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Source, Target, Relation, Affirmed, Negated, Support, Opposition, Corroborations);
}
