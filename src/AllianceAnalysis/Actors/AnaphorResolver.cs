using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>
/// Resolves pronouns and group expressions to actors: "it", "its", "they", "their", "the two nations", "each other",
/// and "we", "our" inside a quotation, from this sentence first and then from the discourse; unresolved ones are no mentions.
/// </summary>
internal sealed class AnaphorResolver
{
    private readonly CompiledPack _pack;
    private readonly MentionContext _context;
    private readonly MentionJoins _joins;
    private readonly int[][] _singletons;

    public AnaphorResolver(CompiledPack pack, MentionContext context, MentionJoins joins, int[][] singletons)
    {
        _pack = pack;
        _context = context;
        _joins = joins;
        _singletons = singletons;
    }

    /// <summary>Adds a mention for every anaphor cue of the sentence that resolves to actors.</summary>
    public void Resolve(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse)
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
            _context.Set(tokens, sentence, mention);
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
                && mentions[i].Actors[0] != mentions[i + 1].Actors[0] && _joins.Between(tokens, mentions[i].End, mentions[i + 1].Start) == MentionJoin.Strong)
            {
                // "The United States, Britain, France and Germany … they": the whole list that ends with the pair.
                int first = i;
                while (first > 0 && mentions[first - 1].Kind != MentionKind.Anaphor && _joins.Between(tokens, mentions[first - 1].End, mentions[first].Start) != MentionJoin.None)
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
            // "it": the subject of an earlier clause of this sentence, else the previous sentence's subject. A main clause's
            // subject comes before a subordinate or relative clause's ("Iran has acknowledged sending drones … months
            // before Moscow invaded Ukraine, but says it has not supplied any since": it is Iran).
            int clause = sentence.ClauseIndexOf(hit.Start);
            if (EarlierSubject(sentence, clause, mainOnly: true) is { } main)
            {
                return main;
            }

            if (EarlierSubject(sentence, clause, mainOnly: false) is { } any)
            {
                return any;
            }
        }

        return discourse.LastSubject >= 0 ? _singletons[discourse.LastSubject] : null;
    }

    private static int[]? EarlierSubject(SentenceContext sentence, int clause, bool mainOnly)
    {
        for (int c = clause - 1; c >= 0; c--)
        {
            Clause earlier = sentence.Clauses[c];
            if (mainOnly && earlier.Opener is ClauseOpener.Subordinator or ClauseOpener.Relative)
            {
                continue;
            }

            foreach (Mention m in sentence.Mentions)
            {
                if (earlier.Contains(m.Start) && m.Preposition < 0 && !m.Possessive && !m.Modifier && m.Actors.Length == 1)
                {
                    return m.Actors;
                }
            }
        }

        return null;
    }
}
