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
    private readonly EventAnaphora _eventAnaphora;

    public RelationExtractor(CompiledPack pack)
    {
        _pack = pack;
        _arguments = new ArgumentFinder(pack);
        _eventAnaphora = new EventAnaphora(pack);
    }

    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse, List<ClaimCandidate> output)
    {
        // "This support has been crucial": an event noun after "this" restates an event told just before.
        _eventAnaphora.Resolve(tokens, sentence, discourse, output);
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            if (EventAnaphora.InsideResolved(trigger, output))
            {
                continue;
            }

            CompiledRule rule = _pack.Rules[trigger.Payload.Index];
            int clauseIndex = sentence.ClauseIndexOf(trigger.Start);
            Clause clause = sentence.Clauses[clauseIndex];
            if (!ContextAllows(text, tokens, clause, trigger.Start, trigger.End, rule))
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

        // "The nature of this cooperation is likely to focus on … intelligence sharing": what the sentence states itself,
        // with its own qualifiers, replaces the restated event.
        EventAnaphora.DropRestatedByOwnWords(output);
    }

    /// <summary>
    /// Required words may occur anywhere in the trigger's clause; forbidden words only near the trigger: from the start
    /// of the trigger's comma segment (so an earlier list item's "arms" leaves "economic cooperation" alone) to at most
    /// <see cref="ForbidWindowAfter"/> tokens past it, stopping at the next comma, semicolon, colon or dash (a later list
    /// item or participle phrase, ", demonstrating … military …", says nothing about this trigger).
    /// </summary>
    internal static bool ContextAllows(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Clause clause, int triggerStart, int triggerEnd, CompiledRule rule)
    {
        foreach (int lemma in rule.RequiredLemmas)
        {
            if (!HasLemma(tokens, clause.Start, clause.End, lemma))
            {
                return false;
            }
        }

        if (rule.ForbiddenLemmas.Length == 0)
        {
            return true;
        }

        int start = triggerStart;
        while (start > clause.Start && !IsBreak(text, tokens[start - 1]))
        {
            start--;
        }

        int end = triggerEnd;
        int limit = Math.Min(clause.End, triggerEnd + ForbidWindowAfter);
        while (end < limit && !IsBreak(text, tokens[end]))
        {
            end++;
        }

        foreach (int lemma in rule.ForbiddenLemmas)
        {
            if (HasLemma(tokens, start, end, lemma))
            {
                return false;
            }
        }

        return true;
    }

    private const int ForbidWindowAfter = 6;

    private static bool IsBreak(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is ',' or ';' or ':' or '\u2013' or '\u2014';

    private static bool HasLemma(ReadOnlySpan<Token> tokens, int start, int end, int lemma)
    {
        for (int t = start; t < end; t++)
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
        scoped ReadOnlySpan<int> participants;
        Span<int> union = stackalloc int[MaxStackParticipants];
        bool presupposed = false;
        bool lone = false;
        bool fromAnaphor = first?.FromAnaphor ?? false;
        if (first is { Actors.Length: >= 2 } && GroupPartner(tokens, sentence, clause, trigger, rule, first, firstRole) is { } groupPartner)
        {
            // "these allies … re-evaluate their alignment with Moscow", "Saudi Arabia and the UAE have both expanded trade
            // with Russia": each member of the group with the partner, not with each other; a possessed relation noun is
            // presupposed, whatever is said of it.
            foreach (int member in first.Actors)
            {
                foreach (int other in groupPartner.Actors)
                {
                    output.Add(new ClaimCandidate(rule, trigger, clauseIndex, member, other, -1, fromAnaphor || groupPartner.FromAnaphor, null, Presupposed: first.Possessive));
                }
            }

            if (!first.Possessive && IsCollective(tokens, trigger))
            {
                // "Russia and China held joint naval drills with Iran": all three together, so the two are partners too.
                EmitPairs(first.Actors, firstOnly: false, rule, trigger, clauseIndex, fromAnaphor, presupposed: false, ParticipantInference.None, output);
            }

            return;
        }
        else if (first is { Actors.Length: >= 2 })
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
                partner = FindFirst(RolesAfter(rule.Source, firstRole), tokens, sentence, clause, trigger, exclude: first, out partnerRole);
                if (first.FromAnaphor && (partner is { FromAnaphor: true } || DiscourseParticipants.IsPluralTrigger(text, tokens, trigger)))
                {
                    partner = null;
                }
            }

            presupposed = partner is not null && partnerRole == RoleKind.Apposition;
            participants = ActorSets.DistinctUnion(first?.Actors ?? [], partner?.Actors ?? [], union);
            lone = first is { Actors.Length: 1 } && partner is { Actors.Length: >= 2, Reciprocal: false } && Array.IndexOf(partner.Actors, first.Actors[0]) < 0;
            fromAnaphor |= partner?.FromAnaphor ?? false;
        }

        // "bilateral trade", "a mutual defense clause", "neither party … the other's aid": the pair under discussion.
        // Without such a word, a relation noun that names no participant and stands among no other actor belongs
        // to the pair the last sentences were about ("The evidence strongly suggests a strategic alliance.").
        ParticipantInference inferred = ParticipantInference.None;
        if (participants.Length < 2)
        {
            // What a contrast phrase sets aside ("…, rather than an ironclad security guarantee") is the main clause's
            // alternative: the other member of the pair may be named in the main clause, but no actor outside the pair.
            bool contrast = clause.Opener == ClauseOpener.Contrast;
            bool pairReference = DiscourseParticipants.RefersToPair(sentence, clause, trigger);
            int[]? pair = pairReference
                ? DiscourseParticipants.PairBefore(sentence, trigger.Start) ?? DiscourseParticipants.SentencePair(sentence) ?? discourse.LastGroup
                : participants.Length == 0 || ((contrast || !DiscourseParticipants.NamedElsewhere(sentence, participants[0], OwnStatementStart(sentence, clause)))
                    && !DiscourseParticipants.IsPluralTrigger(text, tokens, trigger))
                    ? DiscourseParticipants.TopicPair(sentence, clause, trigger, discourse, participants.Length == 1 ? participants[0] : -1)
                    : null;
            if (contrast && !pairReference && pair is { Length: 2 } && DiscourseParticipants.NamesOutside(sentence, pair))
            {
                pair = null;
            }

            if (pair is { Length: 2 } && (participants.Length == 0 || pair.Contains(participants[0])))
            {
                participants = pair;
                fromAnaphor = true;
                inferred = pairReference ? ParticipantInference.PairReference : ParticipantInference.TopicPair;
            }
        }

        // "Iran's key allies, Russia and China": one actor's partners are partners of it, not of each other.
        EmitPairs(participants, firstOnly: lone, rule, trigger, clauseIndex, fromAnaphor, presupposed, inferred, output);
    }

    /// <summary>
    /// "Israel's strikes", "Israeli attacks": the doer named on a noun that names an event of the rule's relation (one of
    /// its relation type's <c>anaphors</c>), not on goods ("Russian oil").
    /// </summary>
    private bool NamesEventOf(ReadOnlySpan<Token> tokens, PhraseHit trigger, CompiledRule rule, RoleKind sourceRole) =>
        sourceRole is RoleKind.Possessor or RoleKind.Modifier
        && _pack.EventAnaphors.TryGetValue(tokens[trigger.End - 1].Lemma, out string[]? relations)
        && Array.IndexOf(relations, rule.Relation) >= 0;

    /// <summary>A word from the pack's <c>collective-words</c> ("joint", "trilateral", "together") is part of the trigger.</summary>
    private bool IsCollective(ReadOnlySpan<Token> tokens, PhraseHit trigger) =>
        _pack.AnyIn(tokens, trigger.Start, trigger.End, WordClass.CollectiveWord);

    /// <summary>One candidate per pair of <paramref name="actors"/>; with <paramref name="firstOnly"/>, only the pairs with the first.</summary>
    private static void EmitPairs(ReadOnlySpan<int> actors, bool firstOnly, CompiledRule rule, PhraseHit trigger, int clauseIndex, bool fromAnaphor,
        bool presupposed, ParticipantInference inferred, List<ClaimCandidate> output)
    {
        for (int i = 0; i < (firstOnly ? Math.Min(1, actors.Length) : actors.Length); i++)
        {
            for (int j = i + 1; j < actors.Length; j++)
            {
                output.Add(new ClaimCandidate(rule, trigger, clauseIndex, actors[i], actors[j], -1, fromAnaphor, null, presupposed, inferred));
            }
        }
    }

    /// <summary>
    /// Where the statement the trigger's clause belongs to starts: at a clause after "but", "yet" or ";" (a boundary
    /// word, not a subordinator or relative pronoun), that clause; otherwise the sentence start.
    /// </summary>
    private static int OwnStatementStart(SentenceContext sentence, Clause clause) =>
        clause.Opener == ClauseOpener.Boundary && clause.OpenerToken == clause.Start ? clause.Start : sentence.TokenStart;

    /// <summary>
    /// A partner after a preposition ("with Moscow") for a group that is the possessor of a symmetric relation noun
    /// ("their alignment with Moscow") or the subject of its clause ("Saudi Arabia and the UAE expanded trade with
    /// Russia"), when the two share no actor; null otherwise.
    /// </summary>
    private MentionGroup? GroupPartner(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, PhraseHit trigger, CompiledRule rule, MentionGroup group, RoleKind groupRole)
    {
        if (!(group.Possessive || groupRole == RoleKind.Subject) || group.End > trigger.Start)
        {
            return null;
        }

        MentionGroup? partner = FindFirst(rule.Target, tokens, sentence, clause, trigger, exclude: group, out RoleKind role);
        if (partner is null || role != RoleKind.Preposition || partner.Start < trigger.End)
        {
            return null;
        }

        foreach (int actor in partner.Actors)
        {
            if (Array.IndexOf(group.Actors, actor) >= 0)
            {
                return null;
            }
        }

        return partner;
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
            if (source is not null && sourceRole == RoleKind.Subject && rule.HasBuyerTarget && _arguments.PurchaseBefore(tokens, clause, trigger.Start))
            {
                // "Tehran expects Russian fighter jets and air-defence systems": the subject of a purchase verb receives
                // what the trigger names; it never supplies it.
                return;
            }
        }

        if (source is null && DiscourseParticipants.RelationNounAgent(sentence, clause, trigger) is { } agent)
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
                DiscourseParticipants.AddFromTopic(sentence, clause, trigger, discourse, rule, clauseIndex, recipient, asSource: false, inherited: false, output);
            }
            else if (recipient is null && DiscourseParticipants.MutualHeadPair(_pack, tokens, sentence, clause, trigger, discourse) is { } pair)
            {
                // "This cooperation spans …, including the exchange of defense technologies": each to the other.
                output.Add(new ClaimCandidate(rule, trigger, clauseIndex, pair[0], pair[1], -1, true, null, Inferred: ParticipantInference.PairReference));
                output.Add(new ClaimCandidate(rule, trigger, clauseIndex, pair[1], pair[0], -1, true, null, Inferred: ParticipantInference.PairReference));
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
            if (directive is null && DiscourseParticipants.AddFromEvent(sentence, discourse, rule, trigger, clauseIndex, source, NamesEventOf(tokens, trigger, rule, sourceRole), output))
            {
                return;
            }

            // "The provision of drones … by Iran has been widely reported": to the other member of the pair.
            if (directive is null && sourceRole == RoleKind.Preposition)
            {
                DiscourseParticipants.AddFromTopic(sentence, clause, trigger, discourse, rule, clauseIndex, source, asSource: true, inherited, output);
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

        bool mediation = rule.HasPartiesTarget || (target.Actors.Length == 2 && HasPairPrepositionTarget(rule));
        Span<int> targetBuffer = stackalloc int[MaxStackParticipants];
        ReadOnlySpan<int> targets = ActorSets.ActorsNotIn(target.Actors, source.Actors, targetBuffer);
        foreach (int s in source.Actors)
        {
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

    private MentionGroup? FindFirst(ReadOnlySpan<ArgumentRole> roles, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, PhraseHit trigger, MentionGroup? exclude, out RoleKind matched)
    {
        for (int i = 0; i < roles.Length; i++)
        {
            MentionGroup? found = _arguments.Find(roles[i], tokens, sentence, clause, trigger.Start, trigger.End, exclude);
            if (found is null || (exclude is not null && !found.Reciprocal && !ActorSets.HasActorNotIn(found.Actors, exclude.Actors)))
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
                    if (named is { FromAnaphor: false } && !ActorSets.HasActorNotIn(found.Actors, named.Actors))
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

    /// <summary>Participants of one trigger that fit on the stack; more (a long list of parties) go to the heap.</summary>
    private const int MaxStackParticipants = 32;

    /// <summary>The roles after the first role of kind <paramref name="kind"/> (none when there is no such role).</summary>
    private static ReadOnlySpan<ArgumentRole> RolesAfter(ArgumentRole[] roles, RoleKind kind)
    {
        for (int i = 0; i < roles.Length; i++)
        {
            if (roles[i].Kind == kind)
            {
                return roles.AsSpan(i + 1);
            }
        }

        return [];
    }

    /// <summary>Whether a target role of the rule is a pair preposition ("talks between …").</summary>
    private bool HasPairPrepositionTarget(CompiledRule rule)
    {
        foreach (ArgumentRole role in rule.Target)
        {
            if (role.Kind == RoleKind.Preposition && _arguments.IsPairPreposition(role.Preposition))
            {
                return true;
            }
        }

        return false;
    }
}
