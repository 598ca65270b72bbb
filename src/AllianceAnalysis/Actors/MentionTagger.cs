using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>
/// Turns actor-name hits into mentions with their syntactic context, merges titles and institutions into the
/// mention they belong to ("Russian Foreign Minister Sergei Lavrov", "Russia's foreign ministry"), drops
/// capitals used as places ("a summit in Minsk"), resolves pronouns and group expressions from the discourse,
/// and joins coordinated mentions into groups.
/// </summary>
internal sealed class MentionTagger
{
    private const int MaxTitleWords = 4;

    /// <summary>Per-sentence flags for up to this many mentions live on the stack.</summary>
    private const int MaxStackMentions = 128;
    private readonly CompiledPack _pack;
    private readonly int[][] _singletons;

    public MentionTagger(CompiledPack pack)
    {
        _pack = pack;

        // One shared one-actor array per actor: mentions never change their actors, so names allocate no arrays.
        _singletons = new int[pack.Actors.Count][];
        for (int i = 0; i < _singletons.Length; i++)
        {
            _singletons[i] = [i];
        }
    }

    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse)
    {
        var mentions = sentence.Mentions;
        int describedFrom = -1;
        foreach (PhraseHit hit in sentence.ActorHits)
        {
            // "Çavuşoğlu said …" in an article from 2024: a former foreign minister speaks for no state.
            if (hit.Payload.Person >= 0 && sentence.DocumentDate is { } day && !_pack.People[hit.Payload.Person].InOffice(day))
            {
                continue;
            }

            int recency = -1;
            if (hit.Payload.MentionKind == MentionKind.Anaphor)
            {
                // "the alliance", "the agency": a description names an actor only when the document named it recently; of
                // several actors it may describe, the one named last.
                recency = DescribedRecency(sentence, hit, discourse);
                if (recency < 0 || (hit.End < sentence.TokenEnd && _pack.Is(tokens[hit.End], WordClass.PairPreposition)))
                {
                    continue;
                }

                if (mentions.Count > 0 && mentions[^1].Kind == MentionKind.Anaphor && mentions[^1].Start == hit.Start && mentions[^1].End == hit.End)
                {
                    if (recency <= describedFrom)
                    {
                        continue;
                    }

                    mentions.RemoveAt(mentions.Count - 1);
                }

                describedFrom = recency;
            }

            Mention mention = sentence.RentMention(hit.Start, hit.End, _singletons[hit.Payload.Index], hit.Payload.MentionKind);
            SetContext(tokens, sentence, mention);
            mention.ObjectOfVerb = AfterParticiple(text, tokens, sentence, mention.Start) || AfterTrigger(sentence, mention.Start);
            if ((hit.Payload.IsPlaceName && IsPlaceUse(tokens, sentence, mention)) || IsSuffixedPlace(tokens, sentence, mention.End))
            {
                continue;
            }

            mentions.Add(mention);
        }

        DropTriggersInsideDescriptions(sentence);
        MergeTitlesAndInstitutions(tokens, sentence);
        ResolveAnaphors(text, tokens, sentence, discourse);
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        BuildGroups(tokens, sentence);
    }

    private void SetContext(ReadOnlySpan<Token> tokens, SentenceContext sentence, Mention mention)
    {
        mention.Possessive = mention.End < sentence.TokenEnd && _pack.Is(tokens[mention.End], WordClass.Possessive);
        mention.Preposition = GoverningPreposition(tokens, sentence, mention.Start);
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
    }

    /// <summary>A hyphen and an origin marker from the pack ("-built", "-made", "-designed") start at this token.</summary>
    internal bool IsOriginMarkerAt(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index) =>
        index + 1 < sentence.TokenEnd && _pack.IsHyphen(tokens[index]) && _pack.Is(tokens[index + 1], WordClass.OriginMarker);

    /// <summary>"a Stockholm-based research institute", "a Doha-based analyst": a hyphen and a place suffix make the name a place.</summary>
    private bool IsSuffixedPlace(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index) =>
        index + 1 < sentence.TokenEnd && _pack.IsHyphen(tokens[index]) && _pack.Is(tokens[index + 1], WordClass.PlaceSuffix);


    /// <summary>
    /// The sentence the described actor was last named in (this one when named earlier in it), or -1 when it was not
    /// named within <see cref="DiscourseState.DescriptionWindow"/> sentences.
    /// </summary>
    private static int DescribedRecency(SentenceContext sentence, PhraseHit hit, DiscourseState discourse)
    {
        foreach (PhraseHit other in sentence.ActorHits)
        {
            if (other.End <= hit.Start && other.Payload.Index == hit.Payload.Index && other.Payload.MentionKind != MentionKind.Anaphor)
            {
                return sentence.Sentence.Index;
            }
        }

        return discourse.NamedRecently(hit.Payload.Index, sentence.Sentence.Index);
    }

    /// <summary>"the alliance" naming NATO is no relation word: a trigger inside a kept description is dropped.</summary>
    private static void DropTriggersInsideDescriptions(SentenceContext sentence)
    {
        foreach (Mention m in sentence.Mentions)
        {
            if (m.Kind == MentionKind.Anaphor)
            {
                RemoveTriggersWithin(sentence.TriggerHits, m.Start, m.End);
            }
        }
    }

    /// <summary>Removes, in place and keeping the order, the triggers lying wholly within tokens [start, end).</summary>
    private static void RemoveTriggersWithin(List<PhraseHit> triggers, int start, int end)
    {
        int kept = 0;
        for (int i = 0; i < triggers.Count; i++)
        {
            if (!(triggers[i].Start >= start && triggers[i].End <= end))
            {
                triggers[kept++] = triggers[i];
            }
        }

        triggers.RemoveRange(kept, triggers.Count - kept);
    }

    private static bool TriggerStartsAt(SentenceContext sentence, int token)
    {
        foreach (PhraseHit trigger in sentence.TriggerHits)
        {
            if (trigger.Start == token)
            {
                return true;
            }
        }

        return false;
    }

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

    private bool FollowedByContentWord(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index)
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
    private int GoverningPreposition(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start)
    {
        int t = start - 1;
        int skipped = 0;
        while (t >= sentence.TokenStart && skipped < 2 && _pack.Is(tokens[t], WordClass.Determiner))
        {
            t--;
            skipped++;
        }

        // A preposition inside a trigger ("stand by Iran") belongs to the trigger, not to the mention's noun phrase.
        return t >= sentence.TokenStart && _pack.Is(tokens[t], WordClass.Preposition) && !InsideTrigger(sentence, t) ? tokens[t].Lemma : -1;
    }

    private static bool InsideTrigger(SentenceContext sentence, int token)
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

    private bool IsPlaceUse(ReadOnlySpan<Token> tokens, SentenceContext sentence, Mention mention)
    {
        if (mention.Possessive)
        {
            return false;
        }

        // A dateline: "MOSCOW, June 3 (Reuters) - …", "TEHRAN/BRUSSELS, …": capitals in capitals before anything else.
        if ((tokens[mention.Start].Shape & TokenShape.AllCaps) != 0 && OnlyDatelineBefore(tokens, sentence.TokenStart, mention.Start))
        {
            return true;
        }

        int before = mention.Start - 1;
        while (before >= sentence.TokenStart && _pack.Is(tokens[before], WordClass.Determiner))
        {
            before--;
        }

        if (before < sentence.TokenStart)
        {
            return false;
        }

        // "a summit in Minsk", "visit Moscow", "flew to Tehran" — but not "supplied missiles to Moscow", nor after a place verb
        // used as a noun ("a move Moscow condemned").
        if (_pack.Is(tokens[before], WordClass.PlacePreposition)
            || (_pack.Is(tokens[before], WordClass.PlaceVerb) && !(before > sentence.TokenStart && _pack.Is(tokens[before - 1], WordClass.Determiner))))
        {
            return true;
        }

        return _pack.Is(tokens[before], WordClass.MotionPreposition) && before > sentence.TokenStart && _pack.Is(tokens[before - 1], WordClass.PlaceVerb);
    }

    private static bool OnlyDatelineBefore(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            bool upperWord = tokens[t].IsWord && (tokens[t].Shape & TokenShape.AllCaps) != 0;
            if (!upperWord && tokens[t].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Russian Foreign Minister Sergei Lavrov", "Iran's President Masoud Pezeshkian": mentions of one actor
    /// separated only by capitalised title words (or 's) become one mention. "Russia's foreign ministry",
    /// "the Iranian parliament": an institution noun after a possessive or a demonym joins the mention.
    /// </summary>
    private void MergeTitlesAndInstitutions(ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        var mentions = sentence.Mentions;
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            Mention left = mentions[i];
            Mention right = mentions[i + 1];
            if (left.Actors[0] != right.Actors[0] || right.Start - left.End > MaxTitleWords + 1 || !OnlyTitleWords(tokens, left.End, right.Start))
            {
                continue;
            }

            MentionKind kind = right.Kind == MentionKind.Person || left.Kind == MentionKind.Person ? MentionKind.Person : right.Kind;
            Mention merged = sentence.RentMention(left.Start, right.End, left.Actors, kind);
            merged.Preposition = left.Preposition;
            merged.Possessive = right.Possessive;
            merged.Modifier = right.Modifier;
            merged.Origin = right.Origin;
            mentions[i] = merged;
            mentions.RemoveAt(i + 1);
            i--;
        }

        foreach (PhraseHit hit in sentence.CueHits)
        {
            if (hit.Payload.Kind != PhraseKind.InstitutionNoun)
            {
                continue;
            }

            for (int i = 0; i < mentions.Count; i++)
            {
                Mention m = mentions[i];
                // "Yemen's internationally recognised government": up to two adjectives between the possessive and the noun.
                // "China's Eastern Theatre Command": or up to two capitalised words of the institution's name.
                bool afterPossessive = m.Possessive && hit.Start >= m.End + 1 && hit.Start <= m.End + 3
                    && (OnlyAdjectives(tokens, sentence, m.End + 1, hit.Start) || OnlyCapitalisedNameWords(tokens, m.End + 1, hit.Start, hit.Start < sentence.TokenEnd));
                bool afterDemonym = m.Kind == MentionKind.Demonym && m.End == hit.Start;

                // "Iran's military cooperation": the noun starts a trigger, so it is not an institution of Iran.
                if ((afterPossessive || afterDemonym) && !TriggerStartsAt(sentence, hit.Start))
                {
                    Mention institution = sentence.RentMention(m.Start, hit.End, m.Actors, MentionKind.Institution);
                    institution.Preposition = m.Preposition;
                    institution.Possessive = hit.End < sentence.TokenEnd && _pack.Is(tokens[hit.End], WordClass.Possessive);
                    mentions[i] = institution;
                }
            }
        }
    }

    private bool OnlyAdjectives(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (!tokens[t].IsWord || (tokens[t].Shape & TokenShape.Capitalized) != 0 || !FollowedByContentWord(tokens, sentence, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of a proper name between a possessive and an institution noun, which must itself be capitalised.</summary>
    private static bool OnlyCapitalisedNameWords(ReadOnlySpan<Token> tokens, int start, int end, bool nounInSentence)
    {
        if (start >= end || !nounInSentence || (tokens[end].Shape & TokenShape.Capitalized) == 0)
        {
            return false;
        }

        for (int t = start; t < end; t++)
        {
            if (!tokens[t].IsWord || (tokens[t].Shape & TokenShape.Capitalized) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool OnlyTitleWords(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            Token token = tokens[t];
            bool title = token.IsWord && ((token.Shape & TokenShape.Capitalized) != 0 || _pack.Is(token, WordClass.Possessive));
            if (!title)
            {
                return false;
            }
        }

        return true;
    }

    private void ResolveAnaphors(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse)
    {
        foreach (PhraseHit hit in sentence.CueHits)
        {
            int[]? actors = hit.Payload.Kind switch
            {
                PhraseKind.PluralPronoun => GroupBefore(tokens, sentence, hit.Start) ?? PluralNounBefore(text, tokens, sentence, hit.Start) ?? discourse.LastGroup,
                PhraseKind.GroupAnaphor => PairOrNull(GroupBefore(tokens, sentence, hit.Start) ?? TwoNamedBefore(sentence, hit.Start) ?? discourse.RecentPair(sentence.Sentence.Index)),
                PhraseKind.Reciprocal => PairOrNull(GroupBefore(tokens, sentence, hit.Start) ?? discourse.LastGroup),
                PhraseKind.SingularPronoun => ResolveSingular(tokens, sentence, hit, discourse),
                PhraseKind.FirstPersonPronoun => QuotedSpeaker(text, tokens, sentence, hit.Start),
                _ => null,
            };
            if (actors is null || actors.Length == 0)
            {
                continue;
            }

            Mention mention = sentence.RentMention(hit.Start, hit.End, actors, MentionKind.Anaphor);
            mention.Reciprocal = hit.Payload.Kind == PhraseKind.Reciprocal;
            SetContext(tokens, sentence, mention);
            mention.Possessive |= IsPossessivePronoun(tokens[hit.Start]);
            sentence.Mentions.Add(mention);
        }
    }

    /// <summary>
    /// "\"Iran is our partner,\" Kremlin spokesman Dmitry Peskov told reporters": "we", "our" inside a quotation are the
    /// actor of the speaker named right after the quotation (or right before it). Null outside quotations.
    /// </summary>
    private static int[]? QuotedSpeaker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, int token)
    {
        int quotesBefore = 0;
        int open = -1;
        for (int t = sentence.TokenStart; t < token; t++)
        {
            if (IsQuote(text, tokens[t]))
            {
                quotesBefore++;
                open = t;
            }
        }

        if (quotesBefore % 2 == 0)
        {
            return null;
        }

        int close = -1;
        for (int t = token + 1; t < sentence.TokenEnd && close < 0; t++)
        {
            if (IsQuote(text, tokens[t]))
            {
                close = t;
            }
        }

        int[]? before = null;
        foreach (Mention m in sentence.Mentions)
        {
            if (m.Kind == MentionKind.Anaphor || m.Actors.Length != 1)
            {
                continue;
            }

            if (close >= 0 && m.Start > close)
            {
                return m.Actors;
            }

            if (m.End <= open)
            {
                before = m.Actors;
            }
        }

        return before;
    }

    private static bool IsQuote(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] is '"' or '\u201C' or '\u201D';

    private bool IsPossessivePronoun(Token token) =>
        _pack.Is(token, WordClass.PossessivePronoun);

    private static int[]? PairOrNull(int[]? group) => group is { Length: 2 } ? group : null;

    /// <summary>The last group of two or more actors coordinated earlier in this sentence ("Russia and Iran … their", "A, B, C and D … they").</summary>
    private int[]? GroupBefore(ReadOnlySpan<Token> tokens, SentenceContext sentence, int token)
    {
        int[]? found = null;
        var mentions = sentence.Mentions;
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            if (mentions[i + 1].End <= token && mentions[i].Kind != MentionKind.Anaphor && mentions[i + 1].Kind != MentionKind.Anaphor
                && mentions[i].Actors[0] != mentions[i + 1].Actors[0] && JoinBetween(tokens, mentions[i].End, mentions[i + 1].Start) == Join.Strong)
            {
                // "The United States, Britain, France and Germany … they": the whole list that ends with the pair.
                int first = i;
                while (first > 0 && mentions[first - 1].Kind != MentionKind.Anaphor && JoinBetween(tokens, mentions[first - 1].End, mentions[first].Start) != Join.None)
                {
                    first--;
                }

                found = DistinctActors(mentions, first, i + 2);
            }
        }

        return found;
    }

    /// <summary>The actors of mentions [<paramref name="start"/>, <paramref name="end"/>), each once, in order of first mention.</summary>
    private static int[] DistinctActors(List<Mention> mentions, int start, int end)
    {
        int capacity = 0;
        for (int i = start; i < end; i++)
        {
            capacity += mentions[i].Actors.Length;
        }

        Span<int> buffer = capacity <= 64 ? stackalloc int[capacity] : new int[capacity];
        int count = 0;
        for (int i = start; i < end; i++)
        {
            foreach (int actor in mentions[i].Actors)
            {
                if (buffer[..count].IndexOf(actor) < 0)
                {
                    buffer[count++] = actor;
                }
            }
        }

        return buffer[..count].ToArray();
    }

    /// <summary>"Chinese banks … since Washington threatened them": a demonym before a plural noun earlier in the sentence.</summary>
    private static int[]? PluralNounBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, int token)
    {
        int[]? found = null;
        foreach (Mention m in sentence.Mentions)
        {
            if (m.End < token && m.Kind == MentionKind.Demonym && m.Modifier && m.Actors.Length == 1 && tokens[m.End].IsWord
                && (tokens[m.End].Shape & TokenShape.Capitalized) == 0 && text[tokens[m.End].Start..tokens[m.End].End] is [.., not 's', 's'])
            {
                found = m.Actors;
            }
        }

        return found;
    }

    /// <summary>
    /// "Pakistan also operates Turkish-built corvettes, and the two navies …": exactly two actors named (not coordinated)
    /// earlier in the sentence are the two.
    /// </summary>
    private static int[]? TwoNamedBefore(SentenceContext sentence, int token)
    {
        int first = -1;
        int second = -1;
        foreach (Mention m in sentence.Mentions)
        {
            if (m.End > token || m.Kind == MentionKind.Anaphor)
            {
                continue;
            }

            if (!ActorSets.AddToPair(m.Actors, ref first, ref second))
            {
                return null;
            }
        }

        return second >= 0 ? [first, second] : null;
    }

    private int[]? ResolveSingular(ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit hit, DiscourseState discourse)
    {
        bool possessive = IsPossessivePronoun(tokens[hit.Start]);
        if (possessive)
        {
            // "its": the nearest single actor before it in the sentence, else the previous sentence's subject.
            for (int i = sentence.Mentions.Count - 1; i >= 0; i--)
            {
                Mention m = sentence.Mentions[i];
                if (m.End <= hit.Start && m.Actors.Length == 1 && m.Kind != MentionKind.Anaphor && m.Preposition < 0 && !m.Modifier)
                {
                    return m.Actors;
                }
            }
        }
        else
        {
            // "it": the subject of an earlier clause of this sentence, else the previous sentence's subject.
            int clause = sentence.ClauseIndexOf(hit.Start);
            for (int c = clause - 1; c >= 0; c--)
            {
                Clause earlier = sentence.Clauses[c];
                foreach (Mention m in sentence.Mentions)
                {
                    if (earlier.Contains(m.Start) && m.Preposition < 0 && !m.Possessive && !m.Modifier && m.Actors.Length == 1)
                    {
                        return m.Actors;
                    }
                }
            }
        }

        return discourse.LastSubject >= 0 ? _singletons[discourse.LastSubject] : null;
    }

    /// <summary>Joins mentions separated only by coordinators, commas, hyphens and "both" into groups.</summary>
    private void BuildGroups(ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        var mentions = sentence.Mentions;
        Span<bool> joined = mentions.Count <= MaxStackMentions ? stackalloc bool[mentions.Count] : new bool[mentions.Count];
        JoinsToPrevious(tokens, mentions, joined);
        MentionGroup? current = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            Mention m = mentions[i];
            if (current is not null && joined[i])
            {
                current.Members.Add(i);
                current.End = m.End;
                current.Possessive = m.Possessive;
                current.Modifier = m.Modifier || (_pack.IsHyphen(tokens[m.Start - 1]) && FollowedByContentWord(tokens, sentence, m.End));
                current.Origin = m.Origin;
            }
            else
            {
                current = sentence.RentGroup(m.Start, m.End);
                current.Preposition = m.Preposition;
                current.Possessive = m.Possessive;
                current.Modifier = m.Modifier;
                current.Origin = m.Origin;
                current.Reciprocal = m.Reciprocal;
                current.ObjectOfVerb = m.ObjectOfVerb;
                current.Members.Add(i);
                sentence.Groups.Add(current);
            }
        }

        for (int g = 0; g < sentence.Groups.Count; g++)
        {
            MentionGroup group = sentence.Groups[g];
            group.OpensConjunct = AfterCommaCoordinator(tokens, sentence, group.Start);
            group.Actors = UnionOfActors(mentions, group.Members);
            group.FromAnaphor = false;
            foreach (int i in group.Members)
            {
                group.FromAnaphor |= mentions[i].FromAnaphor;
            }

            if (group.Members.Count > 1 && group.Modifier)
            {
                // In "Iran-Russia partnership" every member modifies the noun.
                foreach (int i in group.Members)
                {
                    mentions[i].Modifier = true;
                }
            }

            foreach (int i in group.Members)
            {
                mentions[i].Group = g;
            }
        }
    }

    /// <summary>The members' actors in order of first mention, each once; a one-member group shares its mention's array.</summary>
    private static int[] UnionOfActors(List<Mention> mentions, List<int> members)
    {
        if (members.Count == 1)
        {
            return mentions[members[0]].Actors;
        }

        int count = 0;
        foreach (int i in members)
        {
            count += mentions[i].Actors.Length;
        }

        Span<int> buffer = count <= 64 ? stackalloc int[count] : new int[count];
        int n = 0;
        foreach (int i in members)
        {
            foreach (int actor in mentions[i].Actors)
            {
                if (buffer[..n].IndexOf(actor) < 0)
                {
                    buffer[n++] = actor;
                }
            }
        }

        return buffer[..n].ToArray();
    }

    /// <summary>", and the Iranian officials": a comma and a coordinator (and determiners) right before the token.</summary>
    private bool AfterCommaCoordinator(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start)
    {
        int t = start - 1;
        while (t > sentence.TokenStart && _pack.Is(tokens[t], WordClass.Determiner))
        {
            t--;
        }

        return t - 1 >= sentence.TokenStart && _pack.Is(tokens[t], WordClass.Coordinator) && _pack.Is(tokens[t - 1], WordClass.Comma);
    }

    /// <summary>
    /// Whether each mention joins the one before it. "and", "or" and hyphens join; a comma joins only inside a list
    /// that ends with "and"/"or" ("Russia, China and Iran"), never in "Iran, Lavrov said" or "According to Peskov, Russia".
    /// </summary>
    private void JoinsToPrevious(ReadOnlySpan<Token> tokens, List<Mention> mentions, Span<bool> joined)
    {
        Span<Join> joins = mentions.Count <= MaxStackMentions ? stackalloc Join[mentions.Count] : new Join[mentions.Count];
        for (int i = 1; i < mentions.Count; i++)
        {
            // "against Ukraine and Iran's nuclear program": a possessive after a plain mention starts a new noun phrase.
            bool newPossessor = mentions[i].Possessive && !mentions[i - 1].Possessive;
            joins[i] = mentions[i].Reciprocal || mentions[i - 1].Reciprocal || newPossessor ? Join.None : JoinBetween(tokens, mentions[i - 1].End, mentions[i].Start);
        }

        bool listEndsWithCoordinator = false;
        for (int i = mentions.Count - 1; i >= 1; i--)
        {
            listEndsWithCoordinator = joins[i] switch
            {
                Join.Strong => true,
                Join.Comma => listEndsWithCoordinator,
                _ => false,
            };
            joined[i] = joins[i] == Join.Strong || (joins[i] == Join.Comma && listEndsWithCoordinator);
        }
    }

    private Join JoinBetween(ReadOnlySpan<Token> tokens, int leftEnd, int rightStart)
    {
        if (rightStart - leftEnd is < 1 or > 3)
        {
            return Join.None;
        }

        Join join = Join.None;
        for (int t = leftEnd; t < rightStart; t++)
        {
            Token token = tokens[t];
            WordClass wordClass = _pack.ClassOf(token);
            bool hyphen = _pack.IsHyphen(token);
            if ((wordClass & WordClass.ClauseBoundary) != 0)
            {
                // "… in Belarus, and that Minsk expects …": a new clause, not a list.
                return Join.None;
            }

            if ((wordClass & WordClass.Coordinator) != 0 || hyphen)
            {
                join = Join.Strong;
            }
            else if ((wordClass & WordClass.Comma) != 0)
            {
                join = join == Join.Strong ? Join.Strong : Join.Comma;
            }
            else if ((wordClass & WordClass.Determiner) == 0)
            {
                return Join.None;
            }
        }

        return join;
    }

    private enum Join : byte
    {
        None,
        Comma,
        Strong,
    }
}
