namespace AllianceAnalysis.Text;

/// <summary>Recognises the markers that open a list item (<c>- </c>, <c>• </c>, <c>1. </c>, <c>a) </c>) or a markdown heading (<c>## </c>).</summary>
internal static class LineMarkers
{
    private const int MaxListNumberDigits = 3;
    private const int MaxHeadingLevel = 6;

    /// <summary>
    /// Length of the list marker that opens <paramref name="line"/> (which starts at its first non-whitespace
    /// character), including one following space; 0 when the line is not a list item. Markers are bullets
    /// (<c>- </c>, <c>• </c>), numbers (<c>1. </c>, <c>2) </c>, <c>(3) </c>) and letters (<c>a) </c>, <c>(b) </c>).
    /// </summary>
    public static int ListMarkerLength(ReadOnlySpan<char> line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '·' or '–' or '‣' or '▪' or '◦' && TextChars.IsHorizontalSpace(line[1]))
        {
            return 2;
        }

        int open = line.Length > 0 && line[0] == '(' ? 1 : 0;
        int digits = open;
        while (digits < line.Length && digits - open <= MaxListNumberDigits && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        int label = digits - open;
        if (label == 0 && open + 1 < line.Length && char.IsAsciiLetter(line[open]))
        {
            // A single letter takes a parenthesis: "a) " or "(a) ", never "a. " (an initial or a word).
            return line[open + 1] == ')' && open + 2 < line.Length && TextChars.IsHorizontalSpace(line[open + 2]) ? open + 3 : 0;
        }

        bool numbered = label is > 0 and <= MaxListNumberDigits
            && digits + 1 < line.Length
            && (line[digits] == ')' || (open == 0 && line[digits] == '.'))
            && TextChars.IsHorizontalSpace(line[digits + 1]);
        return numbered ? digits + 2 : 0;
    }

    /// <summary>
    /// Length of the markdown heading marker (<c>#</c> to <c>######</c> and one space) that opens
    /// <paramref name="line"/>; 0 when there is none.
    /// </summary>
    public static int HeadingMarkerLength(ReadOnlySpan<char> line)
    {
        int level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is > 0 and <= MaxHeadingLevel && level < line.Length && TextChars.IsHorizontalSpace(line[level])
            ? level + 1
            : 0;
    }
}
