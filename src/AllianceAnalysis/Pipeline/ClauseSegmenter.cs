using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// Cuts a sentence into clauses at the pack's clause boundaries: contrast words and punctuation ("but", ";",
/// dashes), subordinators ("while", "if", "when" — their clause ends at the next comma), relative pronouns
/// ("which", "who"), the complementizer "that" and contrast phrases ("rather than", "instead of" — their clause ends at
/// the next comma). Negation and argument search stop at clause edges.
/// </summary>
internal sealed class ClauseSegmenter
{
    private readonly CompiledPack _pack;

    public ClauseSegmenter(CompiledPack pack) => _pack = pack;

    public void Segment(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        // Where each cue phrase starts, in one pass over the hits rather than one search per token.
        int length = sentence.TokenEnd - sentence.TokenStart;
        Span<CueStart> starts = length <= 512 ? stackalloc CueStart[length] : new CueStart[length];
        starts.Clear();
        foreach (PhraseHit hit in sentence.CueHits)
        {
            starts[hit.Start - sentence.TokenStart] |= hit.Payload.Kind switch
            {
                PhraseKind.Subordinator => CueStart.Subordinator,
                PhraseKind.ClauseBoundary => CueStart.Boundary,
                PhraseKind.ContrastOpener => CueStart.Contrast,
                _ => CueStart.None,
            };
        }

        foreach (PhraseHit hit in sentence.TriggerHits)
        {
            starts[hit.Start - sentence.TokenStart] |= CueStart.Trigger;
        }

        int start = sentence.TokenStart;
        ClauseOpener opener = ClauseOpener.Start;
        int openerToken = -1;
        bool endsAtComma = false;

        // The relative pronoun of an open relative clause set off by a comma ("Poland, which hosts …, has sent …"), or -1.
        int nonRestrictive = -1;

        for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
        {
            Token token = tokens[t];
            WordClass wordClass = _pack.ClassOf(token);

            if (nonRestrictive >= 0 && (wordClass & WordClass.Comma) != 0 && t > nonRestrictive + 1 && ResumesMainClause(tokens, sentence, t + 1))
            {
                Close(text, tokens, sentence, start, t + 1, opener, openerToken);
                start = t + 1;
                opener = ClauseOpener.Resumed;
                openerToken = nonRestrictive;
                nonRestrictive = -1;
                endsAtComma = false;
                continue;
            }

            if (endsAtComma && (wordClass & WordClass.Comma) != 0)
            {
                Close(text, tokens, sentence, start, t + 1, opener, openerToken);
                start = t + 1;
                opener = ClauseOpener.Boundary;
                openerToken = t;
                endsAtComma = false;
                continue;
            }

            ClauseOpener? next = IsSpacedDash(text, token) ? ClauseOpener.Boundary : OpenerAt(t, wordClass, sentence, tokens, starts);
            if (next is null)
            {
                continue;
            }

            Close(text, tokens, sentence, start, t, opener, openerToken);
            start = t;
            opener = next.Value;
            openerToken = t;
            endsAtComma = next is ClauseOpener.Subordinator or ClauseOpener.Contrast;
            if (next == ClauseOpener.Relative && t > sentence.TokenStart && _pack.Is(tokens[t - 1], WordClass.Comma))
            {
                nonRestrictive = t;
            }
        }

        Close(text, tokens, sentence, start, sentence.TokenEnd, opener, openerToken);
    }

    private ClauseOpener? OpenerAt(int t, WordClass wordClass, SentenceContext sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<CueStart> starts)
    {
        CueStart here = starts[t - sentence.TokenStart];
        if ((here & CueStart.Contrast) != 0)
        {
            return ClauseOpener.Contrast;
        }

        if ((here & CueStart.Subordinator) != 0 && !IsAdverbAfterAuxiliary(t, sentence, tokens))
        {
            return ClauseOpener.Subordinator;
        }

        if ((wordClass & WordClass.RelativePronoun) != 0)
        {
            return ClauseOpener.Relative;
        }

        if ((wordClass & WordClass.ClauseBoundary) == 0 && (here & CueStart.Boundary) == 0)
        {
            return null;
        }

        if ((wordClass & WordClass.Complementizer) != 0)
        {
            // "that treaty" is a determiner, not a clause: only a following trigger tells them apart here.
            return t + 1 < sentence.TokenEnd && (starts[t + 1 - sentence.TokenStart] & CueStart.Trigger) != 0 ? null : ClauseOpener.Complement;
        }

        return ClauseOpener.Boundary;
    }

    /// <summary>
    /// Whether the comma before <paramref name="t"/> closes a relative clause set off by commas: the main clause's
    /// verb phrase follows ("…, has sent", "…, said"), not a capitalised name continuing a list ("…, Belarus and
    /// Venezuela") nor a coordinator, determiner or preposition.
    /// </summary>
    private bool ResumesMainClause(ReadOnlySpan<Token> tokens, SentenceContext sentence, int t)
    {
        if (t >= sentence.TokenEnd)
        {
            return false;
        }

        return StartsVerbPhrase(tokens[t]);
    }

    /// <summary>"Armenia has since bought …": a subordinator between an auxiliary and a lower-case word is an adverb.</summary>
    private bool IsAdverbAfterAuxiliary(int t, SentenceContext sentence, ReadOnlySpan<Token> tokens) =>
        t > sentence.TokenStart && t + 1 < sentence.TokenEnd && _pack.Is(tokens[t - 1], WordClass.Auxiliary)
        && tokens[t + 1].IsWord && (tokens[t + 1].Shape & TokenShape.Capitalized) == 0
        && !_pack.Is(tokens[t + 1], WordClass.Determiner | WordClass.Preposition);

    /// <summary>A hyphen with spaces around it is a dash ("(Meridian Wire) - Iran denied …"), not a compound joiner.</summary>
    private static bool IsSpacedDash(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] == '-'
        && token.Start > 0 && char.IsWhiteSpace(text[token.Start - 1])
        && token.End < text.Length && char.IsWhiteSpace(text[token.End]);

    [Flags]
    private enum CueStart : byte
    {
        None = 0,
        Subordinator = 1,
        Boundary = 2,
        Trigger = 4,
        Contrast = 8,
    }

    private void Close(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, int start, int end, ClauseOpener opener, int openerToken)
    {
        if (end > start)
        {
            sentence.Clauses.Add(new Clause(start, end, opener, openerToken, HasElidedSubject(text, tokens, start, end, opener, openerToken)));
        }
    }

    /// <summary>
    /// "… but will keep sanctions …", "… but says it has not …": a contrast word followed by a verb phrase; "while
    /// supplying Kyiv …", "after meeting …": a subordinator followed by an -ing form.
    /// </summary>
    private bool HasElidedSubject(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int end, ClauseOpener opener, int openerToken)
    {
        if (openerToken != start || start + 1 >= end || !tokens[start].IsWord || !tokens[start + 1].IsWord)
        {
            return false;
        }

        Token next = tokens[start + 1];
        return opener switch
        {
            ClauseOpener.Subordinator => text[next.Start..next.End].EndsWith("ing", StringComparison.Ordinal),
            ClauseOpener.Boundary => StartsVerbPhrase(next),
            _ => false,
        };
    }

    private bool StartsVerbPhrase(Token next)
    {
        const WordClass notVerb = WordClass.Coordinator | WordClass.Determiner | WordClass.Preposition | WordClass.ClauseBoundary
            | WordClass.Subordinator | WordClass.RelativePronoun | WordClass.Complementizer;
        return next.IsWord && (next.Shape & (TokenShape.Capitalized | TokenShape.AllCaps)) == 0 && (_pack.ClassOf(next) & notVerb) == 0;
    }
}
