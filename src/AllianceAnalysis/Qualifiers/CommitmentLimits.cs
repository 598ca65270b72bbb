using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Qualifiers;

/// <summary>
/// Language that limits a relation instead of negating it with "not": a predicate that ends the relation's clause
/// ("… to defend Iran appears limited."), a preference that ranks it below something else ("prioritizes its own
/// interests over direct military entanglement"), and a limit noun that takes over from a negation well before it
/// ("This reluctance to provide weapons suggests a clear boundary to Russia's commitment"). The words are the pack's
/// <c>limiting-predicates</c>, <c>preference-verbs</c>, <c>preference-markers</c> and <c>negative-hedge</c> lists.
/// </summary>
internal static class CommitmentLimits
{
    /// <summary>The most tokens between a negation and a limit after it for the two to count together ("not unlikely to").</summary>
    private const int AdjacentCues = 2;

    /// <summary>
    /// Whether a limiting predicate governs a trigger: it follows the trigger in its clause and ends the clause, or
    /// punctuation follows it ("appears limited.", "remains unlikely, analysts say"); "limited to air cover" limits
    /// something else.
    /// </summary>
    public static bool LimitingPredicateGoverns(ReadOnlySpan<Token> tokens, Clause clause, PhraseHit predicate, int triggerEnd) =>
        clause.Contains(predicate.Start) && predicate.Start >= triggerEnd
        && (predicate.End >= clause.End || tokens[predicate.End].Kind == TokenKind.Punctuation);

    /// <summary>
    /// Whether a limit before the trigger replaces the negations counted before it: they end more than
    /// <see cref="AdjacentCues"/> tokens before it, inside the subject ("This reluctance to provide weapons suggests a
    /// clear boundary to …"), so they are about something else.
    /// </summary>
    public static bool ResetsNegation(PhraseHit limit, int negations, int lastNegationEnd) =>
        negations > 0 && limit.Start - lastNegationEnd > AdjacentCues;

    /// <summary>
    /// "a pragmatic approach that prioritizes Russia's own interests over direct military entanglement": what a
    /// preference verb puts below the preferred, after its marker ("over", "above") and before the trigger with no comma
    /// between, is set aside. Returns the marker, or null.
    /// </summary>
    public static PhraseHit? PreferredOver(CompiledPack pack, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int trigger)
    {
        int verbEnd = -1;
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.PreferenceVerb && clause.Contains(cue.Start) && cue.End <= trigger)
            {
                verbEnd = cue.End;
            }
        }

        if (verbEnd < 0)
        {
            return null;
        }

        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.PreferenceMarker && cue.Start > verbEnd && cue.End <= trigger && !pack.CommaBetween(tokens, cue.End, trigger))
            {
                return cue;
            }
        }

        return null;
    }
}
