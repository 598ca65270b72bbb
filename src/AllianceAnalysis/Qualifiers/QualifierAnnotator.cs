using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Qualifiers;

/// <summary>The polarity, modality and provenance a candidate's sentence gives it.</summary>
/// <param name="Polarity">Affirmed, or negated by an odd number of negation cues.</param>
/// <param name="Modality">The strongest modality cue in scope.</param>
/// <param name="Cues">The cues that set polarity and modality, in text order.</param>
/// <param name="Attribution">The reported-speech frame the trigger lies in, if any.</param>
/// <param name="Time">Token range (half-open) of a time expression governing the claim, if any.</param>
internal sealed record ClaimQualifiers(Polarity Polarity, Modality Modality, IReadOnlyList<PhraseHit> Cues, AttributionFrame? Attribution, (int Start, int End)? Time);

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
    public ClaimQualifiers? Annotate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, ClaimCandidate candidate)
    {
        if (sentence.Sentence.IsQuestion)
        {
            return null;
        }

        Clause clause = sentence.Clauses[candidate.Clause];
        int trigger = candidate.Trigger.Start;
        if (AssertsNothing(text, tokens, sentence, clause, trigger))
        {
            return null;
        }

        if (candidate.Presupposed)
        {
            // "unprepared to help strategic ally Iran": the apposition is presupposed, outside the negation's reach.
            return new ClaimQualifiers(Polarity.Affirmed, Modality.Asserted, [], FindAttribution(sentence, trigger, candidate), FindTime(text, tokens, sentence, clause));
        }

        // Most candidates have no cue: the list is made for the first one.
        List<PhraseHit>? cues = null;
        int negations = 0;
        int lastNegationEnd = -1;
        bool doubted = false;
        Modality modality = Modality.Asserted;

        // "… is likely to focus on arms transfers, rather than an automatic intervention clause": what a contrast phrase
        // sets aside is as certain as the main clause it is set against.
        int main = clause.Opener == ClauseOpener.Contrast ? sentence.MainClauseBefore(candidate.Clause) : -1;
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (main >= 0 && sentence.Clauses[main].Contains(cue.Start)
                && cue.Payload.Kind is PhraseKind.Hedge or PhraseKind.Intention or PhraseKind.Hypothesis
                && !(cue.Payload.Kind == PhraseKind.Hedge && (ModifiesAdverb(text, tokens, cue) || IsCapitalisedName(tokens, sentence, cue))))
            {
                modality = Stronger(modality, cue.Payload.Kind switch
                {
                    PhraseKind.Hedge => Modality.Hedged,
                    PhraseKind.Intention => Modality.Intended,
                    _ => Modality.Hypothetical,
                });
                (cues ??= []).Add(cue);
                continue;
            }

            if (cue.Payload.Kind == PhraseKind.LimitingPredicate)
            {
                // "the reality of military intervention to defend Iran appears limited": a predicate that ends the
                // trigger's clause limits its subject, so it negates and hedges what it follows.
                if (CommitmentLimits.LimitingPredicateGoverns(tokens, clause, cue, candidate.Trigger.End))
                {
                    negations++;
                    modality = Stronger(modality, Modality.Hedged);
                    (cues ??= []).Add(cue);
                }

                continue;
            }

            bool inClause = clause.Contains(cue.Start) && cue.End <= trigger;
            // "It seems that …", "it is likely that …": a hedge right before "that" governs the complement clause;
            // so does a denial ("denied that …").
            bool inGoverningClause = clause.Opener == ClauseOpener.Complement && candidate.Clause > 0
                && sentence.Clauses[candidate.Clause - 1].Contains(cue.Start) && clause.Start - cue.End <= 2
                && cue.Payload.Kind is PhraseKind.Hedge or PhraseKind.NegativeHedge or PhraseKind.Denial;
            if (!inClause && !inGoverningClause)
            {
                continue;
            }

            switch (cue.Payload.Kind)
            {
                case PhraseKind.Negation when inClause && !CommaBetween(tokens, cue.End, trigger) && !OtherAgentsAct(sentence, clause, cue, candidate):
                    negations++;
                    lastNegationEnd = cue.End;
                    (cues ??= []).Add(cue);
                    break;
                case PhraseKind.Denial when inClause || DeniesComplement(cue, clause):
                    negations++;
                    (cues ??= []).Add(cue);
                    break;
                case PhraseKind.NegativeHedge:
                    // "is unlikely to offer", "doubt that Russia would come to its defence": probably not.
                    if (inClause || DeniesComplement(cue, clause))
                    {
                        if (inClause && CommitmentLimits.ResetsNegation(cue, negations, lastNegationEnd))
                        {
                            // "This reluctance to provide weapons suggests a clear boundary to Russia's commitment": the
                            // limit governs the trigger; a negation well before it is about something else.
                            negations = 0;
                            cues?.RemoveAll(c => c.Payload.Kind is PhraseKind.Negation);
                        }

                        negations++;
                        doubted |= !inClause;
                    }

                    modality = Stronger(modality, Modality.Hedged);
                    (cues ??= []).Add(cue);
                    break;
                case PhraseKind.Hedge when !ModifiesAdverb(text, tokens, cue) && !IsCapitalisedName(tokens, sentence, cue):
                    modality = Stronger(modality, Modality.Hedged);
                    (cues ??= []).Add(cue);
                    break;
                case PhraseKind.Intention:
                    // "Neither Qatar nor Turkey has offered to mediate": a negated past commitment asserts that none was made.
                    if (negations == 0 || !IsPastForm(text, tokens[cue.Start]))
                    {
                        modality = Stronger(modality, Modality.Intended);
                    }

                    (cues ??= []).Add(cue);
                    break;
                case PhraseKind.Hypothesis:
                case PhraseKind.Threat:
                    modality = Stronger(modality, Modality.Hypothetical);
                    (cues ??= []).Add(cue);
                    break;
            }
        }

        if (CommitmentLimits.PreferredOver(_pack, tokens, sentence, clause, trigger) is { } over)
        {
            negations++;
            (cues ??= []).Add(over);
        }

        if (candidate.Directive is not null)
        {
            // "told the United States not to strike Iran": the strike is demanded or forbidden; nothing is reported.
            return null;
        }

        if (doubted && modality == Modality.Hypothetical)
        {
            // "diplomats doubt that Russia would be able to come to its defence": the modal is the doubt's, not a condition.
            modality = Modality.Hedged;
        }

        cues?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new ClaimQualifiers(negations % 2 == 1 ? Polarity.Negated : Polarity.Affirmed, modality, cues ?? (IReadOnlyList<PhraseHit>)[], FindAttribution(sentence, trigger, candidate), FindTime(text, tokens, sentence, clause));
    }

    /// <summary>
    /// "Kyiv accused Minsk of allowing Russian troops …, a charge Lukashenko has rejected": a rebuttal after the trigger
    /// by one of the claim's participants denies it. Returns the negated copy, attributed to the rebutter, or null.
    /// </summary>
    public static ClaimQualifiers? Rebutted(SentenceContext sentence, ClaimCandidate candidate, ClaimQualifiers qualifiers)
    {
        if (qualifiers.Polarity != Polarity.Affirmed)
        {
            return null;
        }

        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind != PhraseKind.Rebuttal || cue.Start < candidate.Trigger.End)
            {
                continue;
            }

            MentionGroup? rebutter = AttributionFinder.Rebutter(sentence, cue);
            if (rebutter is not null && (rebutter.Actors[0] == candidate.Source || rebutter.Actors[0] == candidate.Target))
            {
                var cues = new List<PhraseHit>(qualifiers.Cues) { cue };
                var frame = new AttributionFrame(rebutter.Start, rebutter.End, rebutter.Actors[0], cue.End, cue.End);
                return qualifiers with { Polarity = Polarity.Negated, Cues = cues, Attribution = frame };
            }
        }

        return null;
    }

    /// <summary>
    /// "MUSCAT, May 11 (Meridian Wire) -", "In May, Moscow and Beijing agreed": a one-word cue capitalised in the middle
    /// of a sentence is a name (the month), not the modal.
    /// </summary>
    private bool IsCapitalisedName(ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit cue) =>
        cue.Length == 1 && cue.Start > sentence.TokenStart && (tokens[cue.Start].Shape & TokenShape.Capitalized) != 0
        && (tokens[cue.Start - 1].IsWord || _pack.Is(tokens[cue.Start - 1], WordClass.Comma));

    private static bool IsPastForm(ReadOnlySpan<char> text, Token token) =>
        token.IsWord && text[token.Start..token.End].EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>"has, perhaps unexpectedly, ushered in": the hedge qualifies the adverb, not the claim.</summary>
    private bool ModifiesAdverb(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PhraseHit cue)
    {
        int next = cue.End;
        if (next + 1 >= tokens.Length || !tokens[next].IsWord || tokens[next].Form >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> word = text[tokens[next].Start..tokens[next].End];
        return word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && _pack.Is(tokens[next + 1], WordClass.Comma);
    }

    /// <summary>"denied that …", "doubt that …": the cue ends just before the complement clause, or takes its "that".</summary>
    private static bool DeniesComplement(PhraseHit cue, Clause clause) =>
        clause.Opener == ClauseOpener.Complement && cue.Start < clause.Start && clause.Start - cue.End is >= -1 and <= 2;

    private static AttributionFrame? FindAttribution(SentenceContext sentence, int trigger, ClaimCandidate candidate)
    {
        foreach (AttributionFrame frame in sentence.Attributions)
        {
            if (trigger >= frame.ScopeStart && trigger < frame.ScopeEnd)
            {
                return AttributionFinder.ForParticipant(sentence, frame, candidate.Source, candidate.Target) ?? frame;
            }
        }

        return null;
    }

    /// <summary>A negation's scope ends at a comma: "Far from a transactional relationship, the ties … have evolved into an alliance".</summary>
    private bool CommaBetween(ReadOnlySpan<Token> tokens, int start, int end) => _pack.CommaBetween(tokens, start, end);

    private static Modality Stronger(Modality current, Modality candidate) => Rank(candidate) > Rank(current) ? candidate : current;

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Hypothetical => 3,
        Modality.Hedged => 2,
        Modality.Intended => 1,
        _ => 0,
    };

    /// <summary>
    /// "whether …", a clause opening with an auxiliary and an actor ("would Russia defend Iran"), or a topic phrase
    /// before the trigger with no comma between ("when it comes to direct military intervention, …").
    /// </summary>
    private bool AssertsNothing(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int trigger)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.Question && clause.Contains(cue.Start) && cue.Start < trigger)
            {
                return true;
            }

            if (cue.Payload.Kind == PhraseKind.TopicMarker && cue.End <= trigger && !CommaBetween(tokens, cue.End, trigger)
                && !LimitedBefore(sentence, clause, cue.Start))
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
            bool actorFollows = GroupStartsAt(sentence, t + 1);
            if (clauseInitial && actorFollows && !QuestionClosedBefore(text, tokens, t, trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the limits of this alliance, particularly regarding direct military intervention": after a negation or a limit
    /// earlier in its clause, a topic phrase says what the limit is about; it frames nothing and is governed by it.
    /// </summary>
    private static bool LimitedBefore(SentenceContext sentence, Clause clause, int topic)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind is PhraseKind.Negation or PhraseKind.NegativeHedge && clause.Contains(cue.Start) && cue.End <= topic)
            {
                return true;
            }
        }

        return false;
    }

    private static bool GroupStartsAt(SentenceContext sentence, int token)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a quoted question ends before the trigger: "the question "Is Iran an ally of Russia?" can be answered …".</summary>
    private static bool QuestionClosedBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int trigger)
    {
        for (int t = start; t < trigger; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is '?' or '"' or '\u201d')
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

    /// <summary>
    /// "Serbia has refused to join EU sanctions against Russia", "Moscow isn't rushing to Tehran's aid in the face of
    /// Israeli strikes": the negated verb is the clause subject's; a relation noun after it whose own agent is named on it
    /// (a modifier or possessor) and in which the subject takes no part is someone else's act, and stays affirmed.
    /// </summary>
    private static bool OtherAgentsAct(SentenceContext sentence, Clause clause, PhraseHit negation, ClaimCandidate candidate)
    {
        MentionGroup? subject = ArgumentFinder.Subject(sentence, clause, negation.Start, null);
        if (subject is null || Array.IndexOf(subject.Actors, candidate.Source) >= 0 || Array.IndexOf(subject.Actors, candidate.Target) >= 0)
        {
            return false;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if ((g.Modifier || g.Possessive) && !g.FromAnaphor && g.Start >= negation.End && g.End <= candidate.Trigger.Start
                && Array.IndexOf(g.Actors, candidate.Source) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
