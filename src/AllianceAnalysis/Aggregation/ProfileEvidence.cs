namespace AllianceAnalysis.Aggregation;

/// <summary>
/// One distinct piece of evidence behind a <see cref="RelationProfile"/>: a sentence (identified by its content hash
/// and polarity) with the strongest claim it made and every document it was seen in.
/// </summary>
/// <param name="Hash">
/// The evidence identity: the first 16 lower-case hex digits of XxHash128 over the UTF-8 bytes of the sentence text
/// (white-space runs collapsed to one space, trimmed) followed by <c>|affirmed</c> or <c>|negated</c>.
/// </param>
/// <param name="Polarity">Whether the sentence affirms or negates the relation.</param>
/// <param name="Strength">The highest strength of any claim made by this sentence for the profile's relation.</param>
/// <param name="Claim">The claim with that strength (ties broken by document id, then offsets), used as the quotable example.</param>
/// <param name="Documents">The distinct ids of the documents the sentence was seen in, sorted ordinally; more than one means corroboration.</param>
/// <remarks>
/// Immutable and thread-safe. Equality is by value, comparing <paramref name="Documents"/> element by element.
/// </remarks>
public sealed record ProfileEvidence(string Hash, Polarity Polarity, double Strength, Claim Claim, IReadOnlyList<string> Documents)
{
    /// <summary>Whether <paramref name="other"/> has the same hash, polarity, strength, claim and documents (in order).</summary>
    /// <param name="other">The evidence to compare with.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public bool Equals(ProfileEvidence? other) =>
        other is not null
        && string.Equals(Hash, other.Hash, StringComparison.Ordinal)
        && Polarity == other.Polarity
        && Strength.Equals(other.Strength)
        && Claim.Equals(other.Claim)
        && Documents.SequenceEqual(other.Documents, StringComparer.Ordinal);

    /// <summary>A hash code consistent with <see cref="Equals(ProfileEvidence?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Hash, Polarity, Strength, Claim, Documents.Count);
}
