namespace AllianceAnalysis.Aggregation;

/// <summary>
/// The order in which claims are preferred as the representative of their evidence and as the strongest claim of a
/// profile: higher strength first, then document id, evidence start, trigger start and end, rule, pack and claim id
/// (all ordinal, ascending). The order is total for distinct claims, so the choice never depends on input order.
/// </summary>
internal static class ClaimPreference
{
    /// <summary>Negative when <paramref name="a"/> is preferred over <paramref name="b"/>.</summary>
    public static int Compare(Claim a, Claim b)
    {
        int result = b.Strength.CompareTo(a.Strength);
        if (result != 0)
        {
            return result;
        }

        result = string.CompareOrdinal(a.Evidence.Document, b.Evidence.Document);
        if (result != 0)
        {
            return result;
        }

        result = a.Evidence.Start.CompareTo(b.Evidence.Start);
        if (result != 0)
        {
            return result;
        }

        result = a.Evidence.Trigger.Start.CompareTo(b.Evidence.Trigger.Start);
        if (result != 0)
        {
            return result;
        }

        result = a.Evidence.Trigger.End.CompareTo(b.Evidence.Trigger.End);
        if (result != 0)
        {
            return result;
        }

        result = string.CompareOrdinal(a.Evidence.Rule, b.Evidence.Rule);
        if (result != 0)
        {
            return result;
        }

        result = string.CompareOrdinal(a.Evidence.Pack, b.Evidence.Pack);
        return result != 0 ? result : string.CompareOrdinal(a.Id, b.Id);
    }
}
