using System.Buffers;
using System.Collections.Frozen;

namespace AllianceAnalysis.Text;

/// <summary>
/// Rule-based sentence splitter for English news and web copy. It reads the text once, line by line, jumping
/// from one candidate terminator (<c>. ! ? …</c>) to the next, and decides each candidate from the few
/// characters around it: abbreviations and initials, decimals, closing quotes, brackets, emphasis and citation
/// marks, glued headings (<c>formalized.Defining</c>), links. Lines end sentences, except soft-wrapped lines.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Split"/> allocates nothing but the entries it appends.</remarks>
internal sealed class SentenceSplitter : ISentenceSplitter
{
    private const int MaxHeadingWords = 20;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _finalAbbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;

    /// <summary>Creates a splitter over the given words; abbreviations match case-insensitively, sentence starters as written.</summary>
    public SentenceSplitter(SplitterLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _abbreviations = Freeze(lexicon.Abbreviations, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _finalAbbreviations = Freeze(lexicon.FinalAbbreviations, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = Freeze(lexicon.SentenceStarters, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Builds a splitter from a rule pack's <c>text</c> lists, lower-casing the abbreviations.</summary>
    public static SentenceSplitter FromPackText(string[] abbreviations, string[] finalAbbreviations, string[] sentenceStarters)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(finalAbbreviations);
        ArgumentNullException.ThrowIfNull(sentenceStarters);
        return new SentenceSplitter(new SplitterLexicon(
            abbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            finalAbbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sentenceStarters.ToFrozenSet(StringComparer.Ordinal)));
    }

    /// <inheritdoc/>
    public void Split(ReadOnlySpan<char> text, List<SentenceBoundary> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = LineEnd(text, lineStart);
            int next = NextLineStart(text, lineEnd);
            while (next < text.Length && IsSoftWrap(text, lineStart, lineEnd, next))
            {
                lineEnd = LineEnd(text, next);
                next = NextLineStart(text, lineEnd);
            }

            SplitLine(text, lineStart, lineEnd, output);
            lineStart = next;
        }
    }

    private static FrozenSet<string> Freeze(IReadOnlySet<string> words, StringComparer comparer) =>
        words is FrozenSet<string> frozen && ReferenceEquals(frozen.Comparer, comparer) ? frozen : words.ToFrozenSet(comparer);

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        int offset = text[start..].IndexOfAny(LineBreaks);
        return offset < 0 ? text.Length : start + offset;
    }

    private static int NextLineStart(ReadOnlySpan<char> text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    // Wire copy wraps lines mid-sentence: a line without final punctuation followed by a line that starts with a
    // lower-case letter continues the sentence. Blank lines never join.
    private static bool IsSoftWrap(ReadOnlySpan<char> text, int logicalStart, int lineEnd, int nextStart)
    {
        int last = lineEnd;
        while (last > logicalStart && TextChars.IsHorizontalSpace(text[last - 1]))
        {
            last--;
        }

        if (last == logicalStart || TextChars.IsLineBreak(text[last - 1]))
        {
            return false;
        }

        int physicalStart = text[logicalStart..last].LastIndexOfAny(LineBreaks) + logicalStart + 1;
        if (TextChars.EndsWithSentenceFinal(text[physicalStart..last]))
        {
            return false;
        }

        int first = nextStart;
        while (first < text.Length && TextChars.IsHorizontalSpace(text[first]))
        {
            first++;
        }

        return first < text.Length && char.IsLower(text[first]);
    }

    private void SplitLine(ReadOnlySpan<char> text, int start, int end, List<SentenceBoundary> output)
    {
        int i = TextChars.SkipWhitespace(text, start, end);
        if (i == end)
        {
            return;
        }

        SentenceKind lineKind = SentenceKind.Body;
        int marker = LineMarkers.ListMarkerLength(text[i..end]);
        if (marker > 0)
        {
            lineKind = SentenceKind.ListItem;
        }
        else
        {
            marker = LineMarkers.HeadingMarkerLength(text[i..end]);
            if (marker > 0)
            {
                lineKind = SentenceKind.Heading;
            }
        }

        int sentenceStart = TextChars.SkipWhitespace(text, i + marker, end);
        i = sentenceStart;
        while (i < end)
        {
            int offset = text[i..end].IndexOfAny(Terminators);
            if (offset < 0)
            {
                break;
            }

            int terminator = i + offset;
            int clusterEnd = terminator + 1;
            while (clusterEnd < end && TextChars.IsSentenceFinal(text[clusterEnd]))
            {
                clusterEnd++;
            }

            int closedEnd = SkipClosers(text, clusterEnd, end);
            if (EndsSentence(text, sentenceStart, terminator, clusterEnd, closedEnd, end))
            {
                int following = TextChars.SkipWhitespace(text, closedEnd, end);
                Emit(text, sentenceStart, closedEnd, following == end, lineKind, output);
                sentenceStart = following;
                i = following;
            }
            else
            {
                i = clusterEnd;
            }
        }

        if (sentenceStart < end)
        {
            Emit(text, sentenceStart, end, atLineEnd: true, lineKind, output);
        }
    }

    // Closing quotes and brackets, emphasis and citation marks right after the terminator end with the sentence.
    private static int SkipClosers(ReadOnlySpan<char> text, int index, int end)
    {
        while (index < end)
        {
            char c = text[index];
            if (c == '[')
            {
                int citationEnd = TextChars.CitationEnd(text, index, end);
                if (citationEnd < 0)
                {
                    break;
                }

                index = citationEnd;
            }
            else if (TextChars.IsClosing(c) || TextChars.IsEmphasis(c))
            {
                index++;
            }
            else
            {
                break;
            }
        }

        return index;
    }

    private bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int terminator, int clusterEnd, int closedEnd, int end)
    {
        if (closedEnd >= end)
        {
            return true;
        }

        bool singlePeriod = text[terminator] == '.' && clusterEnd == terminator + 1;
        if (!char.IsWhiteSpace(text[closedEnd]))
        {
            return singlePeriod && closedEnd == clusterEnd && IsGluedHeading(text, sentenceStart, terminator, end);
        }

        int next = TextChars.SkipWhitespace(text, closedEnd, end);
        if (next >= end)
        {
            return true;
        }

        char first = text[next];
        if (!char.IsUpper(first) && !char.IsDigit(first) && !TextChars.IsOpening(first) && !TextChars.IsEmphasis(first))
        {
            return false;
        }

        return !singlePeriod || PeriodEndsSentence(text, sentenceStart, terminator, next, end);
    }

    // A single period followed by whitespace and a capital, digit or opening mark: decide on the word before it.
    private bool PeriodEndsSentence(ReadOnlySpan<char> text, int sentenceStart, int period, int next, int end)
    {
        int wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text[wordStart..(period + 1)];
        if (word.Length == 1)
        {
            return true;
        }

        if (_abbreviations.Contains(word))
        {
            // "no." and "vs." look alike; a lower-case word abbreviation before a sentence starter ends the sentence
            // ("yes or no. The evidence"), one with inner periods never does ("e.g. The Guardian").
            return IsLowerCaseWord(word[..^1]) && IsSentenceStarterAt(text, next, end);
        }

        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            // An initial ("Sergei V. Lavrov", "J. R. R. Tolkien") unless a sentence starter that is not itself an
            // initial follows ("Plan B. The").
            return IsSentenceStarterAt(text, next, end) && !IsInitialAt(text, next, end);
        }

        if (_finalAbbreviations.Contains(word) || IsDottedAcronym(word))
        {
            return IsSentenceStarterAt(text, next, end);
        }

        return true;
    }

    // "formalized.Defining the Strategic Alliance": a lower-case word of two or more letters glued by a period to a
    // capital is a sentence followed by a heading, unless it is an abbreviation or part of a domain, path or address.
    private bool IsGluedHeading(ReadOnlySpan<char> text, int sentenceStart, int period, int end)
    {
        if (period + 1 >= end || !char.IsUpper(text[period + 1]))
        {
            return false;
        }

        int wordStart = period;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (period - wordStart < 2 || !IsLowerCaseWord(text[wordStart..period]))
        {
            return false;
        }

        if (wordStart > sentenceStart && text[wordStart - 1] is '.' or '@' or '/' or ':' or '\\' or '_')
        {
            return false;
        }

        return !_abbreviations.Contains(text[wordStart..(period + 1)]) && !IsInsideLink(text, sentenceStart, period, end);
    }

    private static bool IsInsideLink(ReadOnlySpan<char> text, int sentenceStart, int index, int end)
    {
        int tokenStart = index;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        int tokenEnd = index;
        while (tokenEnd < end && !char.IsWhiteSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        ReadOnlySpan<char> token = text[tokenStart..tokenEnd];
        return token.Contains("://", StringComparison.Ordinal)
            || token.Contains('@')
            || token.TrimStart("(\"'“‘<[").StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsSentenceStarterAt(ReadOnlySpan<char> text, int index, int end)
    {
        while (index < end && (TextChars.IsOpening(text[index]) || TextChars.IsEmphasis(text[index])))
        {
            index++;
        }

        int wordEnd = index;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > index && _sentenceStarters.Contains(text[index..wordEnd]);
    }

    private static bool IsInitialAt(ReadOnlySpan<char> text, int index, int end) =>
        index + 1 < end && char.IsUpper(text[index]) && text[index + 1] == '.';

    // "U.S.", "a.m.", "U.S.A.": single letters each followed by a period.
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static void Emit(ReadOnlySpan<char> text, int start, int end, bool atLineEnd, SentenceKind lineKind, List<SentenceBoundary> output)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        (start, end) = TrimWrappingEmphasis(text, start, end);
        ReadOnlySpan<char> sentence = text[start..end];
        if (!TextChars.HasLetterOrDigit(sentence))
        {
            return;
        }

        int contentEnd = TextChars.EndBeforeClosers(sentence);
        bool endsWithFinal = contentEnd > 0 && TextChars.IsSentenceFinal(sentence[contentEnd - 1]);
        bool isQuestion = false;
        for (int i = contentEnd - 1; i >= 0 && TextChars.IsSentenceFinal(sentence[i]); i--)
        {
            isQuestion |= sentence[i] == '?';
        }

        SentenceKind kind = lineKind;
        if (kind == SentenceKind.Body && atLineEnd && !endsWithFinal && TextChars.CountWords(sentence) <= MaxHeadingWords)
        {
            kind = SentenceKind.Heading;
        }

        output.Add(new SentenceBoundary(new TextSpan(start, end), kind, isQuestion));
    }

    // "**Since the fall ... relations.**" loses both runs; a run whose partner lies in another sentence
    // ("**First sentence. Second sentence.**") is dropped at its end; balanced inner emphasis stays.
    private static (int Start, int End) TrimWrappingEmphasis(ReadOnlySpan<char> text, int start, int end)
    {
        int lead = 0;
        while (start + lead < end && TextChars.IsEmphasis(text[start + lead]) && text[start + lead] == text[start])
        {
            lead++;
        }

        int trail = 0;
        while (end - trail > start && TextChars.IsEmphasis(text[end - trail - 1]) && text[end - trail - 1] == text[end - 1])
        {
            trail++;
        }

        if (lead == end - start || (lead == 0 && trail == 0))
        {
            return (start, end);
        }

        char mark = lead > 0 ? text[start] : text[end - 1];
        int runs = CountRuns(text[start..end], mark);
        bool trimLead = lead > 0 && !char.IsWhiteSpace(text[start + lead]);
        bool trimTrail = trail > 0 && text[end - 1] == mark && !char.IsWhiteSpace(text[end - trail - 1]);
        bool wrapsWhole = trimLead && trimTrail && runs == 2;
        bool unbalanced = runs % 2 == 1;
        if (!wrapsWhole && !unbalanced)
        {
            return (start, end);
        }

        return (trimLead ? start + lead : start, trimTrail ? end - trail : end);
    }

    private static int CountRuns(ReadOnlySpan<char> text, char mark)
    {
        int runs = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == mark && (i == 0 || text[i - 1] != mark))
            {
                runs++;
            }
        }

        return runs;
    }
}
