using AllianceAnalysis.Actors;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Relations;

/// <summary>
/// Supplies the participants a sentence leaves out, from what the discourse has made salient: the pair a
/// "bilateral" or "this" refers to, the pair under discussion, the doer's last event of a relation, and the agent
/// of the relation noun that opens the clause. Every candidate built this way says how (<see cref="ParticipantInference"/>).
/// </summary>
internal static class DiscourseParticipants
{
    /// <summary>
    /// A directed relation with one participant found: when that participant is one of the pair under discussion and
    /// the clause names no other actor, the other member of the pair is the missing participant.
    /// </summary>
    internal static void AddFromTopic(SentenceContext sentence, Clause clause, PhraseHit trigger, DiscourseState discourse, CompiledRule rule, int clauseIndex, MentionGroup? found, bool asSource, bool inherited, List<ClaimCandidate> output)
    {
        if (found is not { Actors.Length: 1, Reciprocal: false } || rule.HasPartiesTarget)
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

    /// <summary>
    /// A directed relation whose doer is found and whose target is not: when the last event of the same relation had
    /// that doer, the target is the same as then ("Israeli strikes on Iran … the Kremlin condemned Israel's strikes").
    /// </summary>
    /// <remarks>Only the doer recalls the done-to: many send arms to Ukraine, so "arms transfers to Ukraine" recalls no supplier.</remarks>
    internal static bool AddFromEvent(SentenceContext sentence, DiscourseState discourse, CompiledRule rule, PhraseHit trigger, int clauseIndex, MentionGroup? found, bool namesEvent, List<ClaimCandidate> output)
    {
        if (found is not { Actors.Length: 1, Reciprocal: false }
            || !discourse.TryRecallEvent(rule.Relation, sentence.Sentence.Index, out int source, out int target, out int age))
        {
            return false;
        }

        // An older event stays in focus when the doer is named on an event noun ("Israel's strikes", "Israeli attacks")
        // and the sentence names its done-to too ("Iran's key allies … have condemned Israel's strikes").
        if (found.Actors[0] != source || (age > DiscourseState.EventWindow && !(namesEvent && Names(sentence, target))))
        {
            return false;
        }

        output.Add(new ClaimCandidate(rule, trigger, clauseIndex, source, target, -1, true, null, Inferred: ParticipantInference.LastEvent));
        return true;
    }

    private static bool Names(SentenceContext sentence, int actor)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (!g.FromAnaphor && Array.IndexOf(g.Actors, actor) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The possessor of a relation noun that opens the trigger's clause ("Russia's support", "Iran's military
    /// assistance"), when that noun is another trigger before this one; null otherwise.
    /// </summary>
    internal static MentionGroup? RelationNounAgent(SentenceContext sentence, Clause clause, PhraseHit trigger)
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

    /// <summary>
    /// "This cooperation spans various areas, including … the exchange of defense technologies": a directed relation
    /// noun spelled out of a mutual noun (the pack's <c>mutual-nouns</c>) after a pair modifier ("this cooperation")
    /// earlier in its clause is done by each member of the pair to the other. The pair, or null when there is no such head.
    /// </summary>
    internal static int[]? MutualHeadPair(CompiledPack pack, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, PhraseHit trigger, DiscourseState discourse)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind != PhraseKind.PairModifier || !clause.Contains(cue.Start) || cue.End >= trigger.Start
                || !pack.Is(tokens[cue.End], WordClass.MutualNoun))
            {
                continue;
            }

            int[]? pair = PairBefore(sentence, trigger.Start) ?? SentencePair(sentence) ?? discourse.LastGroup;
            return pair is { Length: 2 } && !NamesOutside(sentence, pair) ? pair : null;
        }

        return null;
    }

    /// <summary>Whether the sentence names an actor outside the pair (not counting pronouns resolved to it).</summary>
    internal static bool NamesOutside(SentenceContext sentence, int[] pair)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (!g.FromAnaphor && ActorSets.HasActorNotIn(g.Actors, pair))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool RefersToPair(SentenceContext sentence, Clause clause, PhraseHit trigger)
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
    internal static int[]? TopicPair(SentenceContext sentence, Clause clause, PhraseHit trigger, DiscourseState discourse, int member)
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
            // "Iran's active military support in Ukraine": a place is no other actor the word could be about.
            if (clause.Contains(g.Start) && !g.IsSpeakerFor(trigger.Start) && !g.Locative && ActorSets.HasActorNotIn(g.Actors, pair))
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
    internal static bool IsPluralTrigger(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, PhraseHit trigger) =>
        IsPlural(text, tokens[trigger.End - 1])
        // "military aid … in past conflicts": with a gap, the noun before it may be the head ("aid"), and it is singular.
        && (trigger.GapStart <= trigger.Start || IsPlural(text, tokens[trigger.GapStart - 1]));

    /// <summary>Whether a word looks like an English plural ("allies", "guarantees"; not "aid", "status", "crisis").</summary>
    internal static bool IsPlural(ReadOnlySpan<char> text, Token last)
    {
        ReadOnlySpan<char> word = text[last.Start..last.End];
        return word.Length > 3 && (word[^1] is 's' or 'S') && word[^2] is not ('s' or 'S' or 'u' or 'i');
    }

    /// <summary>
    /// Whether the sentence names an actor other than <paramref name="found"/>: the roles passed it over, so the topic
    /// pair must not supply it ("Ukrainian grain exports … despite Russian attacks" is no trade with Russia).
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="found">The participant the roles found.</param>
    /// <param name="from">The first token that counts: a clause after "but" or "yet" is a statement of its own, so
    /// what the conjuncts before it name does not count ("Russia signed treaties with Iran, yet it has shown reluctance
    /// to offer direct military aid").</param>
    internal static bool NamedElsewhere(SentenceContext sentence, int found, int from = 0)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start >= from && !g.FromAnaphor && ActorSets.HasActorOtherThan(g.Actors, found))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The two actors a sentence names, when it names exactly two (not after a preposition).</summary>
    internal static int[]? SentencePair(SentenceContext sentence)
    {
        int first = -1;
        int second = -1;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Preposition >= 0 || g.FromAnaphor)
            {
                continue;
            }

            if (!ActorSets.AddToPair(g.Actors, ref first, ref second))
            {
                return null;
            }
        }

        return second >= 0 ? [first, second] : null;
    }

    internal static int[]? PairBefore(SentenceContext sentence, int token)
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
}
