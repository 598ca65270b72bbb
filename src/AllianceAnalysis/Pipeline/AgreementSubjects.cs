using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// An agreement is read as what it is about. A trigger naming an agreement (its last word one of the pack's
/// <c>agreement-nouns</c>: "signed a treaty", "partnership agreement") gives way to the relation its subject names:
/// the trigger right after a preposition ("a treaty on security guarantees", "an agreement on military cooperation")
/// or the more specific trigger inside its gap that ends on the same noun ("signed a mutual defence treaty").
/// </summary>
internal sealed class AgreementSubjects
{
    /// <summary>Words allowed between the preposition and the subject's trigger ("an agreement on closer military cooperation").</summary>
    private const int MaxModifiers = 3;
    private readonly CompiledPack _pack;

    public AgreementSubjects(CompiledPack pack)
    {
        _pack = pack;
    }

    /// <summary>Replaces, in the sentence's kept triggers, each agreement trigger whose subject names another rule's trigger.</summary>
    public void Apply(List<PhraseHit> raw, ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        List<PhraseHit> triggers = sentence.TriggerHits;
        for (int i = 0; i < triggers.Count; i++)
        {
            PhraseHit agreement = triggers[i];
            if (!EndsInAgreementNoun(tokens, agreement))
            {
                continue;
            }

            if (SubjectAfter(tokens, sentence, agreement) >= 0)
            {
                triggers.RemoveAt(i--);
            }
            else if (SubjectInside(raw, agreement) is PhraseHit inner)
            {
                triggers.RemoveAt(i);
                int at = 0;
                while (at < triggers.Count && triggers[at].Start <= inner.Start)
                {
                    at++;
                }

                triggers.Insert(at, inner);
                i = at;
            }
        }
    }

    /// <summary>
    /// The trigger that names the subject of <paramref name="agreement"/>, if it gives way to one: its index in the
    /// sentence's kept triggers, or -1. For explanations.
    /// </summary>
    public int ReadInsteadOf(ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit agreement)
    {
        if (!EndsInAgreementNoun(tokens, agreement))
        {
            return -1;
        }

        int after = SubjectAfter(tokens, sentence, agreement);
        return after >= 0 ? after : sentence.TriggerHits.FindIndex(t => t.Start > agreement.Start && t.End == agreement.End && t.Payload.Index != agreement.Payload.Index);
    }

    private bool EndsInAgreementNoun(ReadOnlySpan<Token> tokens, PhraseHit hit) =>
        hit.Payload.Kind == PhraseKind.Trigger && _pack.Is(tokens[hit.End - 1], WordClass.AgreementNoun);

    /// <summary>The index of another rule's trigger starting a few modifiers after the preposition that follows the agreement, or -1.</summary>
    private int SubjectAfter(ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit agreement)
    {
        int preposition = agreement.End;
        if (preposition >= sentence.TokenEnd || !_pack.Is(tokens[preposition], WordClass.Preposition) || _pack.Is(tokens[preposition], WordClass.Infinitive))
        {
            return -1;
        }

        const WordClass notModifier = WordClass.Preposition | WordClass.Coordinator | WordClass.ClauseBoundary | WordClass.Subordinator
            | WordClass.RelativePronoun | WordClass.Auxiliary | WordClass.Comma;
        for (int t = preposition + 1; t < sentence.TokenEnd && t <= preposition + 1 + MaxModifiers; t++)
        {
            int found = sentence.TriggerStartingAt(t);
            if (found >= 0)
            {
                return sentence.TriggerHits[found].Payload.Index != agreement.Payload.Index ? found : -1;
            }

            if (!tokens[t].IsWord || _pack.Is(tokens[t], notModifier))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"signed a mutual defence treaty": another rule's trigger in the gap of "sign ... treaty", ending on its noun.</summary>
    private static PhraseHit? SubjectInside(List<PhraseHit> raw, PhraseHit agreement)
    {
        if (agreement.GapStart < 0)
        {
            return null;
        }

        PhraseHit? best = null;
        foreach (PhraseHit hit in raw)
        {
            if (hit.Payload.Kind == PhraseKind.Trigger && hit.Payload.Index != agreement.Payload.Index && hit.End == agreement.End
                && hit.Start >= agreement.GapStart && hit.Start < agreement.GapEnd && (best is null || hit.Start < best.Value.Start))
            {
                best = hit;
            }
        }

        return best;
    }
}
