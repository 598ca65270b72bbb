namespace AllianceAnalysis.Text;

/// <summary>Character classes and small scans over text shared by the sentence splitter and the boilerplate detector.</summary>
internal static class TextChars
{
    private const int MaxCitationLength = 24;

    /// <summary>Whether <paramref name="c"/> can end a sentence: <c>. ! ?</c> or the ellipsis character.</summary>
    public static bool IsSentenceFinal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Closing quotes and brackets, which belong to the sentence they follow.</summary>
    public static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»';

    /// <summary>Opening quotes and brackets, which may start a sentence.</summary>
    public static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '«';

    /// <summary>Markdown emphasis characters (<c>*</c>, <c>_</c>).</summary>
    public static bool IsEmphasis(char c) => c is '*' or '_';

    /// <summary>Line break characters (<c>\n</c>, <c>\r</c>).</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>Whitespace that does not break a line.</summary>
    public static bool IsHorizontalSpace(char c) => !IsLineBreak(c) && char.IsWhiteSpace(c);

    /// <summary>Index of the first non-whitespace character at or after <paramref name="index"/>, or <paramref name="end"/>.</summary>
    public static int SkipWhitespace(ReadOnlySpan<char> text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// Index one past the last character of <paramref name="text"/> that is not closing punctuation, emphasis or a
    /// citation mark (<c>[4]</c>); 0 when there is none.
    /// </summary>
    public static int EndBeforeClosers(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0)
        {
            char c = text[end - 1];
            if ((IsClosing(c) && c != ']') || IsEmphasis(c) || char.IsWhiteSpace(c))
            {
                end--;
            }
            else if (c == ']')
            {
                int searchFrom = Math.Max(0, end - MaxCitationLength);
                int open = text[searchFrom..end].LastIndexOf('[');
                end = open >= 0 && IsCitation(text[(searchFrom + open + 1)..(end - 1)]) ? searchFrom + open : end - 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Whether <paramref name="text"/> ends with sentence-final punctuation, ignoring closers and citation marks after it.</summary>
    public static bool EndsWithSentenceFinal(ReadOnlySpan<char> text)
    {
        int end = EndBeforeClosers(text);
        return end > 0 && IsSentenceFinal(text[end - 1]);
    }

    /// <summary>
    /// Index one past a citation mark such as <c>[4]</c>, <c>[4, 5]</c> or <c>[citation needed]</c> that opens at <paramref name="open"/>,
    /// or -1 when there is none.
    /// </summary>
    public static int CitationEnd(ReadOnlySpan<char> text, int open, int end)
    {
        if (open >= end || text[open] != '[')
        {
            return -1;
        }

        int limit = Math.Min(end, open + MaxCitationLength);
        for (int i = open + 1; i < limit; i++)
        {
            if (text[i] == ']')
            {
                return IsCitation(text[(open + 1)..i]) ? i + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>Number of whitespace-separated tokens of <paramref name="text"/> that hold a letter or digit.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        bool counted = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                counted = false;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                words++;
                counted = true;
            }
        }

        return words;
    }

    /// <summary>Whether <paramref name="text"/> holds at least one letter or digit.</summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // "4", "4, 5", "8–10", and notes in lower-case words: "citation needed", "note 3", "a".
    private static bool IsCitation(ReadOnlySpan<char> inside)
    {
        bool content = false;
        foreach (char c in inside)
        {
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c))
            {
                content = true;
            }
            else if (c is not (',' or '-' or '–' or ' '))
            {
                return false;
            }
        }

        return content;
    }
}
