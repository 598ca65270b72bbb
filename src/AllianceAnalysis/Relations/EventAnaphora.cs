using AllianceAnalysis.Actors;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Relations;

/// <summary>
/// Event anaphora: "Iran has sent drones to Russia. This support has been crucial for Moscow." A noun phrase of an anaphor
/// determiner (the pack's <c>anaphor-determiners</c>), at most <see cref="MaxModifiers"/> modifiers and a generic event
/// noun (a relation type's <c>anaphors</c>) restates the newest event the last <see cref="RecentEvents.Window"/>
/// sentences asserted that the noun fits, with that event's relation and participants. A trigger that spans the noun
/// and a modifier ("This direct military assistance") fits its own relation only. The phrase has no participants of its
/// own: an actor inside it or after its head and a preposition must be one of the event's ("This support for Russia").
/// </summary>
internal sealed class EventAnaphora
{
    /// <summary>How many words may stand between the determiner and the noun ("This direct military assistance").</summary>
    public const int MaxModifiers = 3;

    private const WordClass Breaks = WordClass.Determiner | WordClass.Preposition | WordClass.Auxiliary | WordClass.Coordinator
        | WordClass.Complementizer | WordClass.ClauseBoundary | WordClass.Subordinator | WordClass.RelativePronoun
        | WordClass.PossessivePronoun | WordClass.Possessive | WordClass.Infinitive | WordClass.Comma;

    private readonly CompiledPack _pack;

    public EventAnaphora(CompiledPack pack) => _pack = pack;

    /// <summary>Adds a candidate for each event each anaphor phrase of the sentence restates.</summary>
    public void Resolve(ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse, List<ClaimCandidate> output)
    {
        if (discourse.Told.Events.Count == 0)
        {
            return;
        }

        for (int d = sentence.TokenStart; d < sentence.TokenEnd - 1; d++)
        {
            if (!_pack.Is(tokens[d], WordClass.AnaphorDeterminer))
            {
                continue;
            }

            int head = Head(tokens, sentence, d);
            if (head < 0 || !_pack.EventAnaphors.TryGetValue(tokens[head].Lemma, out string[]? fits) || ReadsAsVerb(tokens, sentence, head))
            {
                continue;
            }

            // An event whose participants its sentence named outranks one told of the pair under discussion.
            string? own = OwnRelation(sentence, d, head);
            bool explicitOnly = true;
            int antecedent = NewestAntecedent(sentence, discourse, d, head, fits, own, explicitOnly);
            if (antecedent < 0)
            {
                explicitOnly = false;
                antecedent = NewestAntecedent(sentence, discourse, d, head, fits, own, explicitOnly);
            }

            if (antecedent < 0)
            {
                continue;
            }

            int clause = sentence.ClauseIndexOf(head);
            IReadOnlyList<ToldEvent> events = discourse.Told.Events;
            for (int i = 0; i < events.Count; i++)
            {
                ToldEvent e = events[i];
                if (e.Sentence == antecedent && (e.Explicit || !explicitOnly) && Fits(e, fits, own) && Consistent(sentence, d, head, e))
                {
                    var hit = new PhraseHit(d, head + 1, new PhrasePayload(PhraseKind.Trigger, e.Rule));
                    output.Add(new ClaimCandidate(_pack.Rules[e.Rule], hit, clause, e.Source, e.Target, e.OtherParty, true, null,
                        Inferred: ParticipantInference.EventAnaphor, Antecedent: e.Sentence));
                }
            }

            d = head;
        }
    }

    /// <summary>Whether a trigger lies inside an anaphor phrase that <paramref name="candidates"/> resolved: the phrase already said what it means.</summary>
    public static bool InsideResolved(PhraseHit trigger, IReadOnlyList<ClaimCandidate> candidates)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            ClaimCandidate c = candidates[i];
            if (c.Inferred == ParticipantInference.EventAnaphor && c.Trigger.Start <= trigger.Start && trigger.End <= c.Trigger.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes each event-anaphor candidate whose relation and pair another trigger of the sentence found itself: the
    /// sentence's own words state it, and their qualifiers are the ones that count.
    /// </summary>
    public static void DropRestatedByOwnWords(List<ClaimCandidate> candidates)
    {
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            ClaimCandidate restated = candidates[i];
            if (restated.Inferred != ParticipantInference.EventAnaphor)
            {
                continue;
            }

            foreach (ClaimCandidate own in candidates)
            {
                if (own.Inferred != ParticipantInference.EventAnaphor && own.Rule.Relation == restated.Rule.Relation
                    && ((own.Source == restated.Source && own.Target == restated.Target)
                        || (restated.Rule.Symmetric && own.Source == restated.Target && own.Target == restated.Source)))
                {
                    candidates.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>The event noun after the determiner at <paramref name="d"/>: the last of the first run of anaphor nouns within reach, or -1.</summary>
    /// <remarks>
    /// Function words, a possessive ("this winter's contract" is determined by "this winter's"), punctuation, an actor and
    /// a clause cue (negation, hedge, intention, attribution) end the search for the noun.
    /// </remarks>
    private int Head(ReadOnlySpan<Token> tokens, SentenceContext sentence, int d)
    {
        int head = -1;
        int limit = Math.Min(sentence.TokenEnd, d + 2 + MaxModifiers);
        for (int t = d + 1; t < limit; t++)
        {
            Token token = tokens[t];
            bool noun = token.IsWord && _pack.EventAnaphors.ContainsKey(token.Lemma);
            if (head >= 0 && !noun)
            {
                break;
            }

            if (!token.IsWord || (_pack.ClassOf(token) & Breaks) != 0 || MentionAt(sentence, t) is not null || InClauseCue(sentence, t))
            {
                break;
            }

            if (noun)
            {
                head = t;
            }
        }

        return head;
    }

    /// <summary>"This supports the view", "this aids Moscow": the word is a verb when a determiner or a bare actor follows it.</summary>
    private bool ReadsAsVerb(ReadOnlySpan<Token> tokens, SentenceContext sentence, int head)
    {
        int next = head + 1;
        if (next >= sentence.TokenEnd)
        {
            return false;
        }

        return _pack.Is(tokens[next], WordClass.Determiner) || MentionAt(sentence, next) is { Preposition: < 0 };
    }

    /// <summary>A cue that says something of a clause (negation, hedge, intention, attribution): no noun phrase goes on past it.</summary>
    private static bool InClauseCue(SentenceContext sentence, int token)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Start <= token && token < cue.End && cue.Payload.Kind is PhraseKind.Negation or PhraseKind.Hedge or PhraseKind.Intention
                or PhraseKind.Hypothesis or PhraseKind.NegativeHedge or PhraseKind.Denial or PhraseKind.Attribution)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The relation of a trigger that spans the event noun and a modifier before it ("military assistance", "arms transfer"):
    /// the phrase names that relation, not just any the noun fits. Null when no such trigger.
    /// </summary>
    private string? OwnRelation(SentenceContext sentence, int d, int head)
    {
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            if (trigger.Start > d && trigger.Start < head && trigger.End == head + 1)
            {
                return _pack.Rules[trigger.Payload.Index].Relation;
            }
        }

        return null;
    }

    private static bool Fits(ToldEvent e, string[] fits, string? own) => own is not null ? e.Relation == own : Array.IndexOf(fits, e.Relation) >= 0;

    /// <summary>The newest earlier sentence in the window with an event the phrase fits (one with named participants, when <paramref name="explicitOnly"/>), or -1.</summary>
    private static int NewestAntecedent(SentenceContext sentence, DiscourseState discourse, int d, int head, string[] fits, string? own, bool explicitOnly)
    {
        int current = sentence.Sentence.Index;
        IReadOnlyList<ToldEvent> events = discourse.Told.Events;
        for (int i = events.Count - 1; i >= 0; i--)
        {
            ToldEvent e = events[i];
            if (e.Sentence < current && current - e.Sentence <= RecentEvents.Window && (e.Explicit || !explicitOnly) && Fits(e, fits, own)
                && Consistent(sentence, d, head, e))
            {
                return e.Sentence;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the actors the phrase names itself (inside it, or after its head and a preposition: "this support for
    /// Russia") all take part in the event.
    /// </summary>
    private static bool Consistent(SentenceContext sentence, int d, int head, ToldEvent e)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            bool inside = g.Start > d && g.Start < head;
            bool after = g.Start == head + 2 && g.Preposition >= 0;
            if (!inside && !after)
            {
                continue;
            }

            foreach (int actor in g.Actors)
            {
                if (actor != e.Source && actor != e.Target && actor != e.OtherParty)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Mention? MentionAt(SentenceContext sentence, int token)
    {
        foreach (Mention m in sentence.Mentions)
        {
            if (m.Start == token)
            {
                return m;
            }
        }

        return null;
    }
}
