using System.Buffers;
using System.Collections.Frozen;

namespace AllianceAnalysis.Text;

/// <summary>
/// Rule-based sentence splitter for English news and web copy. It reads the text once, line by line, jumping
/// from one candidate terminator (<c>. ! ? …</c>) to the next, and decides each candidate from the few
/// characters around it: abbreviations and initials, decimals, closing quotes, brackets, emphasis and citation
/// marks, glued headings (<c>formalized.Defining</c>), links. Lines end sentences, except soft-wrapped lines:
/// a line that stops mid-sentence (after a comma, a dash, an abbreviation or a continuation word such as "the")
/// or is followed by a lower-case line continues on the next.
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
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _continuationWords;

    /// <summary>Creates a splitter over the given words; abbreviations match case-insensitively, sentence starters and continuation words as written.</summary>
    public SentenceSplitter(SplitterLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _abbreviations = Freeze(lexicon.Abbreviations, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _finalAbbreviations = Freeze(lexicon.FinalAbbreviations, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = Freeze(lexicon.SentenceStarters, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _continuationWords = Freeze(lexicon.ContinuationWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Builds a splitter from a rule pack's <c>text</c> lists, lower-casing the abbreviations.</summary>
    public static SentenceSplitter FromPackText(string[] abbreviations, string[] finalAbbreviations, string[] sentenceStarters, string[] continuationWords)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(finalAbbreviations);
        ArgumentNullException.ThrowIfNull(sentenceStarters);
        ArgumentNullException.ThrowIfNull(continuationWords);
        return new SentenceSplitter(new SplitterLexicon(
            abbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            finalAbbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sentenceStarters.ToFrozenSet(StringComparer.Ordinal),
            continuationWords.ToFrozenSet(StringComparer.Ordinal)));
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

    // Wire copy wraps lines mid-sentence. Blank lines never join, nor does a line that opens a list item or a
    // markdown heading, nor a rule ("---") without letters or digits. A line without final punctuation continues
    // when the next line starts with a lower-case letter or when it stops where no sentence can stop: after a
    // comma, a spaced dash ("MOSCOW (Wire) -") or a continuation word ("near the"). A line ending in an
    // abbreviation continues unless the period ends a sentence by the same rules as inside a line
    // ("chaired by Lt." + "Gen. Yunus Bekov").
    private bool IsSoftWrap(ReadOnlySpan<char> text, int logicalStart, int lineEnd, int nextStart)
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

        int first = nextStart;
        while (first < text.Length && TextChars.IsHorizontalSpace(text[first]))
        {
            first++;
        }

        if (first >= text.Length || TextChars.IsLineBreak(text[first]))
        {
            return false;
        }

        int nextEnd = LineEnd(text, first);
        ReadOnlySpan<char> nextLine = text[first..nextEnd];
        if (LineMarkers.ListMarkerLength(nextLine) > 0 || LineMarkers.HeadingMarkerLength(nextLine) > 0 || !TextChars.HasLetterOrDigit(nextLine))
        {
            return false;
        }

        int physicalStart = text[logicalStart..last].LastIndexOfAny(LineBreaks) + logicalStart + 1;
        ReadOnlySpan<char> line = text[physicalStart..last];
        if (TextChars.EndsWithSentenceFinal(line))
        {
            return line[^1] == '.' && (line.Length < 2 || line[^2] != '.')
                && AbbreviationContinues(text, physicalStart, last - 1, first, nextEnd);
        }

        return char.IsLower(text[first]) || EndsMidSentence(line);
    }

    // The line ends with an abbreviation or initial whose period does not end the sentence before the next line.
    private bool AbbreviationContinues(ReadOnlySpan<char> text, int lineStart, int period, int next, int nextEnd)
    {
        int wordStart = period;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text[wordStart..(period + 1)];
        bool abbreviation = _abbreviations.Contains(word) || _finalAbbreviations.Contains(word) || IsDottedAcronym(word)
            || (word.Length == 2 && char.IsUpper(word[0]));
        if (!abbreviation || (wordStart > lineStart && !char.IsWhiteSpace(text[wordStart - 1]) && !TextChars.IsOpening(text[wordStart - 1])))
        {
            return false;
        }

        return char.IsLower(text[next]) || !PeriodEndsSentence(text, lineStart, period, next, nextEnd);
    }

    // A line that stops after a comma, a dash set off by a space ("(Meridian Wire) -", "--", "—"), or a
    // continuation word from the pack ("the", "of", "and") has not finished its sentence.
    private bool EndsMidSentence(ReadOnlySpan<char> line)
    {
        char last = line[^1];
        if (last == ',')
        {
            return true;
        }

        if (last is '-' or '–' or '—')
        {
            int dashes = line.Length;
            while (dashes > 0 && line[dashes - 1] is '-' or '–' or '—')
            {
                dashes--;
            }

            return dashes > 0 && TextChars.IsHorizontalSpace(line[dashes - 1]) && TextChars.HasLetterOrDigit(line[..dashes]);
        }

        int wordStart = line.Length;
        while (wordStart > 0 && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < line.Length && (wordStart == 0 || !char.IsLetterOrDigit(line[wordStart - 1]) && line[wordStart - 1] != '.')
            && _continuationWords.Contains(line[wordStart..]);
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

            int closedEnd = SkipSpacedCitations(text, SkipClosers(text, clusterEnd, end), end);
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

    // Citation marks set off by spaces after the terminator ("partners. [4] [5] They") still close the sentence.
    private static int SkipSpacedCitations(ReadOnlySpan<char> text, int index, int end)
    {
        int result = index;
        int i = index;
        while (i < end && TextChars.IsHorizontalSpace(text[i]))
        {
            while (i < end && TextChars.IsHorizontalSpace(text[i]))
            {
                i++;
            }

            int citationEnd = TextChars.CitationEnd(text, i, end);
            if (citationEnd < 0)
            {
                break;
            }

            result = i = citationEnd;
        }

        return result;
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
            return IsGluedHeading(text, sentenceStart, terminator, clusterEnd, closedEnd, end);
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

    // "formalized.Defining the Strategic Alliance", "in 2027.The Road Ahead", "attacked?Lessons From Syria",
    // "a turning point."Beyond", "partners.[3]Military": a lower-case word or a number of two or more characters,
    // then one period or a run of ? and !, then closers, glued to a capital is a sentence followed by a heading,
    // unless it is an abbreviation or part of a domain, path or address.
    private bool IsGluedHeading(ReadOnlySpan<char> text, int sentenceStart, int terminator, int clusterEnd, int closedEnd, int end)
    {
        if (closedEnd >= end || !char.IsUpper(text[closedEnd]))
        {
            return false;
        }

        bool singlePeriod = text[terminator] == '.' && clusterEnd == terminator + 1;
        if (!singlePeriod && text[terminator..clusterEnd].ContainsAnyExcept('?', '!'))
        {
            return false;
        }

        int wordStart = terminator;
        while (wordStart > sentenceStart && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (terminator - wordStart < 2 || !IsLowerCaseWordOrNumber(text[wordStart..terminator]))
        {
            return false;
        }

        if (wordStart > sentenceStart && text[wordStart - 1] is '.' or '@' or '/' or ':' or '\\' or '_' or '#' or '=' or '&')
        {
            return false;
        }

        return !(singlePeriod && _abbreviations.Contains(text[wordStart..(terminator + 1)]))
            && !IsInsideLink(text, sentenceStart, terminator, end);
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

    // "formalized", "2027", "1990s": lower-case letters and digits only.
    private static bool IsLowerCaseWordOrNumber(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
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
