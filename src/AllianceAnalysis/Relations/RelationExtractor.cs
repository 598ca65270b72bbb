using AllianceAnalysis.Actors;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Relations;

/// <summary>
/// Runs the rules whose triggers occur in a sentence: checks their context words, fills source and target from
/// the argument roles, and emits one candidate per actor pair (coordinated groups yield every pair; symmetric
/// relations pair the members of a group; "bilateral"/"mutual" and reciprocals fall back to the discourse pair).
/// </summary>
internal sealed class RelationExtractor
{
    private readonly CompiledPack _pack;
    private readonly ArgumentFinder _arguments;

    public RelationExtractor(CompiledPack pack)
    {
        _pack = pack;
        _arguments = new ArgumentFinder(pack);
    }

    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse, List<ClaimCandidate> output)
    {
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            CompiledRule rule = _pack.Rules[trigger.Payload.Index];
            int clauseIndex = sentence.ClauseIndexOf(trigger.Start);
            Clause clause = sentence.Clauses[clauseIndex];
            if (!ContextAllows(tokens, clause, rule))
            {
                continue;
            }

            if (rule.Symmetric)
            {
                ExtractSymmetric(text, tokens, sentence, discourse, trigger, rule, clauseIndex, clause, output);
            }
            else
            {
                ExtractDirected(tokens, sentence, discourse, trigger, rule, clauseIndex, clause, output);
            }
        }
    }

    internal static bool ContextAllows(ReadOnlySpan<Token> tokens, Clause clause, CompiledRule rule)
    {
        foreach (int lemma in rule.RequiredLemmas)
        {
            if (!ClauseHasLemma(tokens, clause, lemma))
            {
                return false;
            }
        }

        foreach (int lemma in rule.ForbiddenLemmas)
        {
            if (ClauseHasLemma(tokens, clause, lemma))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ClauseHasLemma(ReadOnlySpan<Token> tokens, Clause clause, int lemma)
    {
        for (int t = clause.Start; t < clause.End; t++)
        {
            if (tokens[t].Lemma == lemma)
            {
                return true;
            }
        }

        return false;
    }

    private void ExtractSymmetric(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse, PhraseHit trigger, CompiledRule rule, int clauseIndex, Clause clause, List<ClaimCandidate> output)
    {
        MentionGroup? first = FindFirst(rule.Source, tokens, sentence, clause, trigger, exclude: null, out RoleKind firstRole);
        int[] participants;
        bool presupposed = false;
        bool lone = false;
        bool fromAnaphor = first?.FromAnaphor ?? false;
        if (first is { Actors.Length: >= 2 })
        {
            participants = first.Actors;
        }
        else
        {
            MentionGroup? partner = FindFirst(rule.Target, tokens, sentence, clause, trigger, exclude: first, out RoleKind partnerRole);
            if (partner is null && first is not null)
            {
                // "China has become Russia's largest trading partner": possessor and subject are the two partners. With a
                // pronoun possessor ("Iran is our partner" in a quotation) only a named partner counts.
                ArgumentRole[] rest = [.. rule.Source.SkipWhile(r => r.Kind != firstRole).Skip(1)];
                partner = FindFirst(rest, tokens, sentence, clause, trigger, exclude: first, out partnerRole);
                if (first.FromAnaphor && (partner is { FromAnaphor: true } || IsPlural(text, tokens[trigger.End - 1])))
                {
                    partner = null;
                }
            }

            presupposed = partner is not null && partnerRole == RoleKind.Apposition;
            participants = [.. (first?.Actors ?? []).Concat(partner?.Actors ?? []).Distinct()];
            lone = first is { Actors.Length: 1 } && partner is { Actors.Length: >= 2, Reciprocal: false } && !partner.Actors.Contains(first.Actors[0]);
            fromAnaphor |= partner?.FromAnaphor ?? false;
        }

        // "bilateral trade", "a mutual defense clause", "neither party … the other's aid": the pair under discussion.
        // Without such a word, a relation noun that names no participant and stands among no other actor belongs
        // to the pair the last sentences were about ("The evidence strongly suggests a strategic alliance.").
        ParticipantInference inferred = ParticipantInference.None;
        if (participants.Length < 2)
        {
            bool pairReference = RefersToPair(sentence, clause, trigger);
            int[]? pair = pairReference
                ? PairBefore(sentence, trigger.Start) ?? SentencePair(sentence) ?? discourse.LastGroup
                : participants.Length == 0 || (!NamedElsewhere(sentence, participants[0]) && !IsPlural(text, tokens[trigger.End - 1]))
                    ? TopicPair(sentence, clause, trigger, discourse, participants.Length == 1 ? participants[0] : -1)
                    : null;
            if (pair is { Length: 2 } && (participants.Length == 0 || pair.Contains(participants[0])))
            {
                participants = pair;
                fromAnaphor = true;
                inferred = pairReference ? ParticipantInference.PairReference : ParticipantInference.TopicPair;
            }
        }

        for (int i = 0; i < participants.Length; i++)
        {
            for (int j = i + 1; j < participants.Length; j++)
            {
                // "Iran's key allies, Russia and China": one actor's partners are partners of it, not of each other.
                if (i > 0 && lone)
                {
                    continue;
                }

                output.Add(new ClaimCandidate(rule, trigger, clauseIndex, participants[i], participants[j], -1, fromAnaphor, null, presupposed, inferred));
            }
        }
    }

    private void ExtractDirected(ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse, PhraseHit trigger, CompiledRule rule, int clauseIndex, Clause clause, List<ClaimCandidate> output)
    {
        PhraseHit? directive = null;
        RoleKind sourceRole = default;
        bool inherited = false;
        MentionGroup? source = DirectedObject(tokens, sentence, clause, trigger, out PhraseHit directiveHit);
        if (source is not null)
        {
            directive = directiveHit;
        }
        else
        {
            source = FindFirst(rule.Source, tokens, sentence, clause, trigger, exclude: null, out sourceRole);
        }

        if (source is null && RelationNounAgent(sentence, clause, trigger) is { } agent)
        {
            // "Russia's support will continue in the form of diplomatic backing, arms transfers …": the agent of the
            // relation noun that opens the clause is the agent of the relation nouns it is spelled out as.
            source = agent;
            sourceRole = RoleKind.Preposition;
            inherited = true;
        }

        if (source is null)
        {
            // "This support has been crucial for Russia": the other member of the pair under discussion gave it.
            MentionGroup? recipient = FindFirst(rule.Target, tokens, sentence, clause, trigger, exclude: null, out RoleKind recipientRole);
            if (recipientRole == RoleKind.Preposition)
            {
                AddFromTopic(sentence, clause, trigger, discourse, rule, clauseIndex, recipient, asSource: false, inherited: false, output);
            }

            return;
        }

        MentionGroup? target = FindFirst(rule.Target, tokens, sentence, clause, trigger, exclude: source, out RoleKind targetRole);
        if (target is null && directive is null && source.Actors.Length >= 2 && Exchanged(sentence, clause, source, trigger))
        {
            // "Pakistan and India traded missile and drone strikes": each did it to the other.
            target = new MentionGroup { Start = source.Start, End = source.End, Actors = source.Actors, Reciprocal = true };
        }

        if (target is null)
        {
            // "Russia condemned Israel's strikes" after "Israeli strikes on Iran": the event told before.
            if (directive is null && AddFromEvent(sentence, discourse, rule, trigger, clauseIndex, source, output))
            {
                return;
            }

            // "The provision of drones … by Iran has been widely reported": to the other member of the pair.
            if (directive is null && sourceRole == RoleKind.Preposition)
            {
                AddFromTopic(sentence, clause, trigger, discourse, rule, clauseIndex, source, asSource: true, inherited, output);
            }

            return;
        }

        bool presupposed = targetRole == RoleKind.Apposition;

        bool fromAnaphor = source.FromAnaphor || target.FromAnaphor;
        if (target.Reciprocal)
        {
            // "Both nations will continue to support each other": every ordered pair of the group.
            foreach (int s in source.Actors)
            {
                foreach (int t in source.Actors)
                {
                    if (s != t)
                    {
                        output.Add(new ClaimCandidate(rule, trigger, clauseIndex, s, t, -1, fromAnaphor, directive));
                    }
                }
            }

            return;
        }

        if (sourceRole == RoleKind.Subject && directive is null && ComparedAfter(sentence, clause, trigger, source, target) is { } compared)
        {
            // "Russia remains China's largest supplier of crude oil, ahead of Saudi Arabia": the compared actor shares the predicate.
            foreach (int s in compared.Actors)
            {
                foreach (int t in target.Actors)
                {
                    if (s != t)
                    {
                        output.Add(new ClaimCandidate(rule, trigger, clauseIndex, s, t, -1, fromAnaphor, null, presupposed));
                    }
                }
            }
        }

        bool mediation = rule.Target.Any(r => r.Kind == RoleKind.Parties) || target.Actors.Length == 2 && rule.Target.Any(r => r.Kind == RoleKind.Preposition && _arguments.IsPairPreposition(r.Preposition));
        foreach (int s in source.Actors)
        {
            var targets = target.Actors.Where(t => !source.Actors.Contains(t)).ToArray();
            for (int k = 0; k < targets.Length; k++)
            {
                int other = mediation && targets.Length == 2 ? targets[1 - k] : -1;
                if (!mediation && directive is null && !fromAnaphor)
                {
                    discourse.RecordEvent(rule.Relation, s, targets[k], sentence.Sentence.Index);
                }

                output.Add(new ClaimCandidate(rule, trigger, clauseIndex, s, targets[k], other, fromAnaphor, directive, presupposed));
            }
        }
    }

    /// <summary>
    /// A directed relation with one participant found: when that participant is one of the pair under discussion and
    /// the clause names no other actor, the other member of the pair is the missing participant.
    /// </summary>
    private static void AddFromTopic(SentenceContext sentence, Clause clause, PhraseHit trigger, DiscourseState discourse, CompiledRule rule, int clauseIndex, MentionGroup? found, bool asSource, bool inherited, List<ClaimCandidate> output)
    {
        if (found is not { Actors.Length: 1, Reciprocal: false } || rule.Target.Any(r => r.Kind == RoleKind.Parties))
        {
            return;
        }

        int known = found.Actors[0];
        int[]? pair = TopicPair(sentence, clause, trigger, discourse, known);
        // An agent inherited from the clause's relation noun already ties the sentence to the pair, so the other member
        // may be named elsewhere in it ("… aimed at bolstering Iran's strategic position").
        if (pair is null || !pair.Contains(known) || (inherited ? NamesOutside(sentence, pair) : NamedElsewhere(sentence, known)))
        {
            return;
        }

        int other = pair[0] == known ? pair[1] : pair[0];
        output.Add(asSource
            ? new ClaimCandidate(rule, trigger, clauseIndex, known, other, -1, true, null, Inferred: inherited ? ParticipantInference.ClauseAgent : ParticipantInference.TopicPair)
            : new ClaimCandidate(rule, trigger, clauseIndex, other, known, -1, true, null, Inferred: ParticipantInference.TopicPair));
    }

    /// <summary>The group right after a comparison cue ("ahead of Saudi Arabia") after the trigger in its clause, or null.</summary>
    private static MentionGroup? ComparedAfter(SentenceContext sentence, Clause clause, PhraseHit trigger, MentionGroup source, MentionGroup target)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind != PhraseKind.Comparison || cue.Start < trigger.End || !clause.Contains(cue.Start) && cue.Start != clause.End)
            {
                continue;
            }

            foreach (MentionGroup g in sentence.Groups)
            {
                if (g.Start == cue.End && g != source && g != target && !g.FromAnaphor)
                {
                    return g;
                }
            }
        }

        return null;
    }

    /// <summary>An exchange verb between a group and the trigger: "traded strikes", "exchanged fire".</summary>
    private static bool Exchanged(SentenceContext sentence, Clause clause, MentionGroup group, PhraseHit trigger)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.ExchangeVerb && clause.Contains(cue.Start) && cue.Start >= group.End && cue.End <= trigger.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A directed relation whose doer is found and whose target is not: when the last event of the same relation had
    /// that doer, the target is the same as then ("Israeli strikes on Iran … the Kremlin condemned Israel's strikes").
    /// </summary>
    /// <remarks>Only the doer recalls the done-to: many send arms to Ukraine, so "arms transfers to Ukraine" recalls no supplier.</remarks>
    private static bool AddFromEvent(SentenceContext sentence, DiscourseState discourse, CompiledRule rule, PhraseHit trigger, int clauseIndex, MentionGroup? found, List<ClaimCandidate> output)
    {
        if (found is not { Actors.Length: 1, Reciprocal: false }
            || !discourse.TryRecallEvent(rule.Relation, sentence.Sentence.Index, out int source, out int target))
        {
            return false;
        }

        if (found.Actors[0] != source)
        {
            return false;
        }

        output.Add(new ClaimCandidate(rule, trigger, clauseIndex, source, target, -1, true, null, Inferred: ParticipantInference.LastEvent));
        return true;
    }

    /// <summary>
    /// The possessor of a relation noun that opens the trigger's clause ("Russia's support", "Iran's military
    /// assistance"), when that noun is another trigger before this one; null otherwise.
    /// </summary>
    private static MentionGroup? RelationNounAgent(SentenceContext sentence, Clause clause, PhraseHit trigger)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (!clause.Contains(g.Start) || g.Start - clause.Start > 2 || g.End > trigger.Start)
            {
                continue;
            }

            if (!g.Possessive || g.Actors.Length != 1)
            {
                return null;
            }

            foreach (PhraseHit head in sentence.TriggerHits)
            {
                if (head.Start >= g.End && head.Start - g.End <= 2 && head.End <= trigger.Start)
                {
                    return g;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether the sentence names an actor outside the pair (not counting pronouns resolved to it).</summary>
    private static bool NamesOutside(SentenceContext sentence, int[] pair)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (!g.FromAnaphor && g.Actors.Any(a => !pair.Contains(a)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"warned the United States not to strike Iran": the object of a directive before the trigger is its subject.</summary>
    private MentionGroup? DirectedObject(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, PhraseHit trigger, out PhraseHit directive)
    {
        directive = default;
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind != PhraseKind.Directive || !clause.Contains(cue.Start) || cue.End > trigger.Start || cue.Start == trigger.Start)
            {
                continue;
            }

            foreach (MentionGroup g in sentence.Groups)
            {
                if (g.Start >= cue.End && g.Start - cue.End <= 2 && g.End < trigger.Start && g.Preposition < 0 && HasInfinitiveBetween(tokens, g.End, trigger.Start))
                {
                    directive = cue;
                    return g;
                }
            }
        }

        return null;
    }

    private bool HasInfinitiveBetween(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end && t <= start + 2; t++)
        {
            if (_pack.Is(tokens[t], WordClass.Infinitive))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RefersToPair(SentenceContext sentence, Clause clause, PhraseHit trigger)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            bool modifier = cue.Payload.Kind == PhraseKind.PairModifier && cue.End >= trigger.Start - 2 && cue.End <= trigger.End;
            bool reciprocal = cue.Payload.Kind == PhraseKind.Reciprocal && clause.Contains(cue.Start);
            if (modifier || reciprocal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The discourse topic pair for a trigger's clause, when the clause names no actor outside it: a relation word
    /// among other actors is about them, not about the pair of earlier sentences.
    /// </summary>
    private static int[]? TopicPair(SentenceContext sentence, Clause clause, PhraseHit trigger, DiscourseState discourse, int member)
    {
        int[]? pair = discourse.TopicPair(sentence.Sentence.Index, member);
        if (pair is null)
        {
            return null;
        }

        foreach (PhraseHit cue in sentence.CueHits)
        {
            // "to deter or better defend itself": the act is turned on its own subject, not on a partner.
            if (cue.Payload.Kind == PhraseKind.Reflexive && cue.Start >= trigger.End && cue.Start - trigger.End <= 1)
            {
                return null;
            }
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if (clause.Contains(g.Start) && !g.IsSpeakerFor(trigger.Start) && g.Actors.Any(a => !pair.Contains(a)))
            {
                return null;
            }
        }

        return pair;
    }

    /// <summary>
    /// "its existing allies", "Russia's security guarantees": a plural relation noun with one participant names a set
    /// of partners, not the one under discussion.
    /// </summary>
    private static bool IsPlural(ReadOnlySpan<char> text, Token last)
    {
        ReadOnlySpan<char> word = text[last.Start..last.End];
        return word.Length > 3 && (word[^1] is 's' or 'S') && word[^2] is not ('s' or 'S' or 'u' or 'i');
    }

    /// <summary>
    /// Whether the sentence names an actor other than <paramref name="found"/>: the roles passed it over, so the topic
    /// pair must not supply it ("Ukrainian grain exports … despite Russian attacks" is no trade with Russia).
    /// </summary>
    private static bool NamedElsewhere(SentenceContext sentence, int found)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (!g.FromAnaphor && g.Actors.Any(a => a != found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The two actors a sentence names, when it names exactly two (not after a preposition).</summary>
    private static int[]? SentencePair(SentenceContext sentence)
    {
        int[] actors = [.. sentence.Groups.Where(g => g.Preposition < 0 && !g.FromAnaphor).SelectMany(g => g.Actors).Distinct()];
        return actors.Length == 2 ? actors : null;
    }

    private static int[]? PairBefore(SentenceContext sentence, int token)
    {
        int[]? pair = null;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.End <= token && g.Actors.Length == 2)
            {
                pair = g.Actors;
            }
        }

        return pair;
    }

    private MentionGroup? FindFirst(ArgumentRole[] roles, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, PhraseHit trigger, MentionGroup? exclude, out RoleKind matched)
    {
        for (int i = 0; i < roles.Length; i++)
        {
            MentionGroup? found = _arguments.Find(roles[i], tokens, sentence, clause, trigger.Start, trigger.End, exclude);
            if (found is null || (exclude is not null && !found.Reciprocal && !found.Actors.Except(exclude.Actors).Any()))
            {
                continue;
            }

            matched = roles[i].Kind;
            if (found.FromAnaphor)
            {
                // "Russia and Iran are integrating their payment systems": the named group beats the pronoun naming it.
                for (int j = i + 1; j < roles.Length; j++)
                {
                    MentionGroup? named = _arguments.Find(roles[j], tokens, sentence, clause, trigger.Start, trigger.End, exclude);
                    if (named is { FromAnaphor: false } && found.Actors.All(named.Actors.Contains))
                    {
                        matched = roles[j].Kind;
                        return named;
                    }
                }
            }

            return found;
        }

        matched = default;
        return null;
    }
}
