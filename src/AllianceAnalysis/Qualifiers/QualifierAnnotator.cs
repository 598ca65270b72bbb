using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Qualifiers;

/// <summary>The polarity, modality and provenance a candidate's sentence gives it.</summary>
/// <param name="Time">Token range (half-open) of a time expression governing the claim, if any.</param>
internal sealed record Qualifiers(Polarity Polarity, Modality Modality, IReadOnlyList<PhraseHit> Cues, AttributionFrame? Attribution, (int Start, int End)? Time);

/// <summary>
/// Decides, for one candidate, what its sentence says about it: negated or not (negation cues between the start
/// of its clause and the trigger; two negations cancel), how certainly (hypothesis beats hedge beats intention;
/// a "that" clause inherits its governing clause's modality), whether it is asked rather than said (questions,
/// "whether", inverted "would Russia defend Iran" — these yield no claim), who says it, and when.
/// </summary>
internal sealed class QualifierAnnotator
{
    private readonly CompiledPack _pack;

    public QualifierAnnotator(CompiledPack pack) => _pack = pack;

    /// <summary>Returns null when the sentence asks rather than asserts the relation.</summary>
    public Qualifiers? Annotate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, ClaimCandidate candidate)
    {
        if (sentence.Sentence.IsQuestion)
        {
            return null;
        }

        Clause clause = sentence.Clauses[candidate.Clause];
        int trigger = candidate.Trigger.Start;
        if (IsAsked(tokens, sentence, clause, trigger))
        {
            return null;
        }

        var cues = new List<PhraseHit>();
        int negations = 0;
        Modality modality = Modality.Asserted;
        foreach (PhraseHit cue in sentence.CueHits)
        {
            bool inClause = clause.Contains(cue.Start) && cue.End <= trigger;
            bool inGoverningClause = clause.Opener == ClauseOpener.Complement && candidate.Clause > 0
                && sentence.Clauses[candidate.Clause - 1].Contains(cue.Start);
            if (!inClause && !inGoverningClause)
            {
                continue;
            }

            switch (cue.Payload.Kind)
            {
                case PhraseKind.Negation when inClause:
                    negations++;
                    cues.Add(cue);
                    break;
                case PhraseKind.NegativeHedge:
                    if (inClause)
                    {
                        negations++;
                    }

                    modality = Stronger(modality, Modality.Hedged);
                    cues.Add(cue);
                    break;
                case PhraseKind.Hedge:
                    modality = Stronger(modality, Modality.Hedged);
                    cues.Add(cue);
                    break;
                case PhraseKind.Intention:
                    modality = Stronger(modality, Modality.Intended);
                    cues.Add(cue);
                    break;
                case PhraseKind.Hypothesis:
                    modality = Stronger(modality, Modality.Hypothetical);
                    cues.Add(cue);
                    break;
            }
        }

        if (candidate.Directive is { } directive)
        {
            // "told the United States not to strike": the strike is demanded or forbidden, not reported.
            modality = Stronger(modality, Modality.Hypothetical);
            cues.Add(directive);
        }

        cues.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        AttributionFrame? attribution = null;
        foreach (AttributionFrame frame in sentence.Attributions)
        {
            if (trigger >= frame.ScopeStart && trigger < frame.ScopeEnd)
            {
                attribution = frame;
                break;
            }
        }

        return new Qualifiers(negations % 2 == 1 ? Polarity.Negated : Polarity.Affirmed, modality, cues, attribution, FindTime(text, tokens, sentence, clause));
    }

    private static Modality Stronger(Modality current, Modality candidate) => Rank(candidate) > Rank(current) ? candidate : current;

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Hypothetical => 3,
        Modality.Hedged => 2,
        Modality.Intended => 1,
        _ => 0,
    };

    /// <summary>"whether …", or a clause opening with an auxiliary and an actor ("would Russia defend Iran").</summary>
    private bool IsAsked(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int trigger)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.Question && clause.Contains(cue.Start) && cue.Start < trigger)
            {
                return true;
            }
        }

        for (int t = clause.Start; t < trigger; t++)
        {
            if (!_pack.Is(tokens[t], WordClass.QuestionAuxiliary))
            {
                continue;
            }

            bool clauseInitial = t == clause.Start || (t == clause.Start + 1 && clause.OpenerToken == clause.Start) || IsOpeningQuote(tokens, t - 1);
            bool actorFollows = sentence.Groups.Any(g => g.Start == t + 1);
            if (clauseInitial && actorFollows)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpeningQuote(ReadOnlySpan<Token> tokens, int t) => t >= 0 && tokens[t].Kind == TokenKind.Punctuation && tokens[t].Length == 1;

    /// <summary>A time expression in the trigger's clause (else the sentence), or a year such as "February 2022".</summary>
    private static (int Start, int End)? FindTime(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause)
    {
        PhraseHit? best = null;
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.TimeExpression && (best is null || clause.Contains(cue.Start)))
            {
                best = cue;
            }
        }

        if (best is { } hit)
        {
            return (hit.Start, hit.End);
        }

        for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
        {
            Token token = tokens[t];
            if (token.Kind == TokenKind.Number && token.Length == 4 && int.TryParse(text[token.Start..token.End], out int year) && year is >= 1900 and <= 2100)
            {
                bool month = t > sentence.TokenStart && tokens[t - 1].IsWord && (tokens[t - 1].Shape & TokenShape.Capitalized) != 0 && tokens[t - 1].Form < 0;
                return (month ? t - 1 : t, t + 1);
            }
        }

        return null;
    }
}
