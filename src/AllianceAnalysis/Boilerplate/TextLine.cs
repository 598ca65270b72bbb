using AllianceAnalysis.Text;

namespace AllianceAnalysis.Boilerplate;

/// <summary>
/// One physical line of a document, as offsets of its content with surrounding whitespace trimmed
/// (<c>Start == End</c> for a blank line), plus the facts about it that boilerplate rules ask for.
/// </summary>
/// <param name="Start">Offset of the first non-whitespace character.</param>
/// <param name="End">Offset one past the last non-whitespace character.</param>
/// <param name="Words">Number of words.</param>
/// <param name="EndsWithSentenceFinal">Whether the line ends with <c>. ! ?</c> or an ellipsis (before closing marks).</param>
/// <param name="IsListItem">Whether the line starts with a bullet or list number.</param>
internal readonly record struct TextLine(int Start, int End, int Words, bool EndsWithSentenceFinal, bool IsListItem)
{
    /// <summary>Whether the line holds only whitespace.</summary>
    public bool IsBlank => Start == End;

    /// <summary>The line's span in the document.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Whether the line reads like a heading or headline: not blank, not a list item, no final punctuation, fewer than <paramref name="maxWords"/> words.</summary>
    public bool IsHeadingLike(int maxWords) => !IsBlank && !IsListItem && !EndsWithSentenceFinal && Words < maxWords;

    /// <summary>Splits <paramref name="text"/> into lines at <c>\n</c>, <c>\r\n</c> and <c>\r</c>.</summary>
    public static TextLine[] ReadAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextLine>();
        int lineStart = 0;
        while (true)
        {
            int offset = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            int lineEnd = offset < 0 ? text.Length : lineStart + offset;
            lines.Add(Create(text, lineStart, lineEnd));
            if (offset < 0)
            {
                return [.. lines];
            }

            lineStart = text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }
    }

    private static TextLine Create(string text, int lineStart, int lineEnd)
    {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        ReadOnlySpan<char> content = text.AsSpan(start, end - start);
        return new TextLine(
            start,
            end,
            TextChars.CountWords(content),
            TextChars.EndsWithSentenceFinal(content),
            LineMarkers.ListMarkerLength(content) > 0);
    }
}
