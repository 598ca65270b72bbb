using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>
/// The syntactic context of one mention: whether it is a possessor, a modifier ("Israeli strikes", "US mediators"),
/// a maker ("Turkish-built"), an agent ("Qatari-brokered"), the object of a verb or trigger, and which preposition governs it.
/// </summary>
internal sealed class MentionContext
{
    private readonly CompiledPack _pack;

    public MentionContext(CompiledPack pack)
    {
        _pack = pack;
    }

    /// <summary>Sets the mention's possessive, preposition, modifier, origin and agent flags from the tokens around it.</summary>
    public void Set(ReadOnlySpan<Token> tokens, SentenceContext sentence, Mention mention)
    {
        mention.Possessive = mention.End < sentence.TokenEnd && _pack.Is(tokens[mention.End], WordClass.Possessive);
        mention.Preposition = GoverningPreposition(tokens, sentence, mention.Start, out bool locative);
        mention.Locative = locative;
        if (mention.Kind == MentionKind.Demonym && !mention.Possessive)
        {
            // A singular demonym before a word is an adjective ("Israeli strikes"); plurals are nouns ("the Iranians").
            mention.Modifier = !EndsWithS(tokens[mention.End - 1]) && FollowedByContentWord(tokens, sentence, mention.End);
        }
        else if (mention.Kind == MentionKind.Name && !mention.Possessive && IsAcronym(tokens, mention) && StartsNounTrigger(tokens, sentence, mention.End))
        {
            // "US mediators", "EU sanctions on Russia", "US arms sales to Taiwan": an acronym before a noun trigger.
            mention.Modifier = true;
        }

        if (!mention.Possessive && IsOriginMarkerAt(tokens, sentence, mention.End))
        {
            // "Turkish-built corvettes", "US-supplied jets": the actor made the noun; it modifies it but is no subject.
            mention.Modifier = true;
            mention.Origin = true;
        }
        else if (!mention.Possessive && IsAgentMarkerAt(tokens, sentence, mention.End))
        {
            // "Qatari-brokered truce", "US-imposed sanctions": the actor does what the participle says; it modifies the
            // noun but is no clause subject.
            mention.Modifier = true;
            mention.Agent = true;
        }
    }

    /// <summary>A hyphen and an agent marker from the pack ("-brokered", "-imposed", "-backed") start at this token.</summary>
    private bool IsAgentMarkerAt(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index) =>
        index + 1 < sentence.TokenEnd && _pack.IsHyphen(tokens[index]) && _pack.Is(tokens[index + 1], WordClass.AgentMarker);

    /// <summary>A hyphen and an origin marker from the pack ("-built", "-made", "-designed") start at this token.</summary>
    private bool IsOriginMarkerAt(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index) =>
        index + 1 < sentence.TokenEnd && _pack.IsHyphen(tokens[index]) && _pack.Is(tokens[index + 1], WordClass.OriginMarker);

    /// <summary>A mention starting at <paramref name="start"/> is the object of a participle or a trigger right before it.</summary>
    public static bool IsObjectAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, int start) =>
        AfterParticiple(text, tokens, sentence, start) || AfterTrigger(sentence, start);

    private static bool IsAcronym(ReadOnlySpan<Token> tokens, Mention mention) =>
        mention.End - mention.Start == 1 && (tokens[mention.Start].Shape & TokenShape.AllCaps) != 0;

    /// <summary>A trigger starts here and is used as a noun: no actor follows it directly ("EU sanctions on Russia", not "EU sanctions Russia").</summary>
    private bool StartsNounTrigger(ReadOnlySpan<Token> tokens, SentenceContext sentence, int token)
    {
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            if (trigger.Start == token)
            {
                // "sanctions on Iran": a trigger ending in a preposition is a noun even when an actor follows.
                bool actorFollows = false;
                foreach (PhraseHit actor in sentence.ActorHits)
                {
                    actorFollows |= actor.Start == trigger.End;
                }

                return !actorFollows || _pack.Is(tokens[trigger.End - 1], WordClass.Preposition);
            }
        }

        return false;
    }

    /// <summary>"tensions involving Iran", "supporting Russia": a mention right after an -ing word is its object.</summary>
    private static bool AfterParticiple(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, int start)
    {
        if (start <= sentence.TokenStart)
        {
            return false;
        }

        Token before = tokens[start - 1];
        ReadOnlySpan<char> word = text[before.Start..before.End];
        return before.IsWord && before.Form < 0 && word.Length >= 6 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>"support Iran", "strategic ally Iran": a mention right after a trigger is its object or apposition.</summary>
    private static bool AfterTrigger(SentenceContext sentence, int start)
    {
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            if (trigger.End == start)
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithS(Token token) => token.Form >= 0 && _pack.Lexicon.FormText(token.Form).EndsWith('s');

    /// <summary>The token at <paramref name="index"/> is a content word: not a function word, not punctuation.</summary>
    internal bool FollowedByContentWord(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index)
    {
        if (index >= sentence.TokenEnd)
        {
            return false;
        }

        Token next = tokens[index];
        const WordClass functionWords = WordClass.Preposition | WordClass.Coordinator | WordClass.Auxiliary | WordClass.ClauseBoundary
            | WordClass.Subordinator | WordClass.RelativePronoun | WordClass.Determiner | WordClass.Possessive;
        return next.IsWord && (_pack.ClassOf(next) & functionWords) == 0;
    }

    /// <summary>The lemma of the preposition before the mention's noun phrase (skipping determiners), or -1.</summary>
    private int GoverningPreposition(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start, out bool locative)
    {
        locative = false;
        int t = start - 1;
        int skipped = 0;
        while (t >= sentence.TokenStart && skipped < 2 && _pack.Is(tokens[t], WordClass.Determiner))
        {
            t--;
            skipped++;
        }

        // A preposition inside a trigger ("stand by Iran") belongs to the trigger, not to the mention's noun phrase.
        if (t >= sentence.TokenStart && _pack.Is(tokens[t], WordClass.Preposition) && !InsideTrigger(sentence, t))
        {
            locative = _pack.Is(tokens[t], WordClass.PlacePreposition);
            return tokens[t].Lemma;
        }

        return -1;
    }

    /// <summary>The token lies within one of the sentence's kept triggers ("fire ... drones at", "stand by").</summary>
    internal static bool InsideTrigger(SentenceContext sentence, int token)
    {
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            if (token >= trigger.Start && token < trigger.End)
            {
                return true;
            }
        }

        return false;
    }
}
