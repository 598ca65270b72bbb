namespace AllianceAnalysis.Aggregation;

/// <summary>
/// The mutable state of one (source, target, relation) profile while claims or evidence are folded in. Everything a
/// profile reports is derived in <see cref="Build"/> from the distinct evidence in a canonical order, so folding the
/// same evidence in any order or grouping builds an identical profile.
/// </summary>
internal sealed class ProfileAccumulator(string source, string target, string relation)
{
    private readonly Dictionary<string, EvidenceAccumulator> _evidence = new(StringComparer.Ordinal);

    public void Add(Claim claim)
    {
        string hash = EvidenceHash.Compute(claim.Evidence.Text, claim.Polarity);
        EvidenceAccumulator entry = GetOrAdd(hash, claim);
        entry.Offer(claim);
        entry.Documents.Add(claim.Evidence.Document);
    }

    public void Add(ProfileEvidence evidence)
    {
        EvidenceAccumulator entry = GetOrAdd(evidence.Hash, evidence.Claim);
        entry.Offer(evidence.Claim);
        entry.Documents.UnionWith(evidence.Documents);
    }

    public RelationProfile Build()
    {
        var evidence = new ProfileEvidence[_evidence.Count];
        int index = 0;
        foreach (EvidenceAccumulator entry in _evidence.Values)
        {
            string[] documents = [.. entry.Documents];
            Array.Sort(documents, StringComparer.Ordinal);
            evidence[index++] = new ProfileEvidence(entry.Hash, entry.Polarity, entry.Best.Strength, entry.Best, Array.AsReadOnly(documents));
        }

        Array.Sort(evidence, CompareEvidence);

        var allDocuments = new SortedSet<string>(StringComparer.Ordinal);
        int affirmed = 0;
        int negated = 0;
        int corroborations = 0;
        double affirmedMiss = 1.0;
        double negatedMiss = 1.0;
        Claim? strongestAffirmed = null;
        Claim? strongestNegated = null;
        foreach (ProfileEvidence item in evidence)
        {
            allDocuments.UnionWith(item.Documents);
            corroborations += item.Documents.Count - 1;
            if (item.Polarity == Polarity.Affirmed)
            {
                affirmed++;
                affirmedMiss *= 1.0 - item.Strength;
                strongestAffirmed ??= item.Claim;
            }
            else
            {
                negated++;
                negatedMiss *= 1.0 - item.Strength;
                strongestNegated ??= item.Claim;
            }
        }

        return new RelationProfile(
            source,
            target,
            relation,
            Array.AsReadOnly(allDocuments.ToArray()),
            Array.AsReadOnly(evidence),
            affirmed,
            negated,
            1.0 - affirmedMiss,
            1.0 - negatedMiss,
            corroborations,
            strongestAffirmed,
            strongestNegated);
    }

    // Affirmed first; within a side the preferred claim first (strongest, then document and offsets); the hash makes
    // the order total, so the products above are always taken in the same order.
    private static int CompareEvidence(ProfileEvidence a, ProfileEvidence b)
    {
        int result = a.Polarity.CompareTo(b.Polarity);
        if (result != 0)
        {
            return result;
        }

        result = ClaimPreference.Compare(a.Claim, b.Claim);
        return result != 0 ? result : string.CompareOrdinal(a.Hash, b.Hash);
    }

    private EvidenceAccumulator GetOrAdd(string hash, Claim claim)
    {
        if (!_evidence.TryGetValue(hash, out EvidenceAccumulator? entry))
        {
            entry = new EvidenceAccumulator(hash, claim);
            _evidence.Add(hash, entry);
        }

        return entry;
    }

    private sealed class EvidenceAccumulator(string hash, Claim first)
    {
        public string Hash { get; } = hash;

        public Polarity Polarity { get; } = first.Polarity;

        public Claim Best { get; private set; } = first;

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

        public void Offer(Claim claim)
        {
            if (ClaimPreference.Compare(claim, Best) < 0)
            {
                Best = claim;
            }
        }
    }
}
