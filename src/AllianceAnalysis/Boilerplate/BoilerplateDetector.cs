using System.Buffers;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Boilerplate;

/// <summary>
/// Finds the parts of a scraped article that are not its argument: author profiles, calls to share or comment,
/// repeated image captions and credits, and unrelated headlines after the article. Cue phrases come from the rule
/// pack and are found with one compiled multi-string matcher; everything else is decided from line shapes.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class BoilerplateDetector : IBoilerplateDetector
{
    private const int MaxCaptionWords = 12;
    private const int MaxHeadlineWords = 25;
    private const int MaxProfileFieldWords = 8;
    private const int MaxProfileLabelWords = 3;

    // An author profile counts only when its header lies in this last fraction of the document.
    private const double ProfileTailFraction = 0.5;

    private static readonly string[] CreditSeparators = [" | ", " - ", " – ", " — "];

    private readonly string[] _sharePrompts;
    private readonly string[] _profileHeaders;
    private readonly SearchValues<string>? _cues;

    /// <summary>Creates a detector over the pack's share-prompt and profile-header phrases.</summary>
    public BoilerplateDetector(BoilerplateCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _sharePrompts = Distinct(cues.SharePrompts);
        _profileHeaders = Distinct(cues.ProfileHeaders);
        string[] all = Distinct([.. _sharePrompts, .. _profileHeaders]);
        _cues = all.Length == 0 ? null : SearchValues.Create(all, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc/>
    public IReadOnlyList<BoilerplateRegion> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextLine[] lines = TextLine.ReadAll(text);
        var sharePromptOffsets = new List<int>();
        var profileHeaderLines = new List<int>();
        FindCues(text, lines, sharePromptOffsets, profileHeaderLines);

        // Candidates in order of precedence: a later candidate keeps only what earlier ones leave uncovered.
        var candidates = new List<BoilerplateRegion>();
        int profileLine = FindAuthorProfile(text, lines, profileHeaderLines);
        int contentEnd = profileLine >= 0 ? profileLine : lines.Length;
        if (profileLine >= 0)
        {
            int documentEnd = lines.Last(line => !line.IsBlank).End;
            candidates.Add(new BoilerplateRegion(new TextSpan(lines[profileLine].Start, documentEnd), BoilerplateKind.AuthorProfile));
        }

        foreach (int offset in sharePromptOffsets)
        {
            candidates.Add(new BoilerplateRegion(SharePromptSpan(text, lines[LineAt(lines, offset)], offset), BoilerplateKind.SharePrompt));
        }

        int bodyEnd = LastBodyLine(lines, contentEnd);
        HashSet<int> captionLines = AddCaptions(text, lines, bodyEnd, contentEnd, candidates);
        AddTrailingLines(text, lines, bodyEnd, contentEnd, captionLines, candidates);
        return Resolve(text, candidates);
    }

    private static string[] Distinct(IEnumerable<string> phrases) =>
        [.. phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.OrdinalIgnoreCase)];

    // One scan over the text with the compiled matcher; each hit is classified as a share prompt (first per line)
    // or a profile header (only at the start of a line).
    private void FindCues(string text, TextLine[] lines, List<int> sharePromptOffsets, List<int> profileHeaderLines)
    {
        if (_cues is null)
        {
            return;
        }

        int lastShareLine = -1;
        int position = 0;
        while (position < text.Length)
        {
            int offset = text.AsSpan(position).IndexOfAny(_cues);
            if (offset < 0)
            {
                return;
            }

            int hit = position + offset;
            int line = LineAt(lines, hit);
            if (line != lastShareLine && StartsWithCue(text, hit, _sharePrompts))
            {
                sharePromptOffsets.Add(hit);
                lastShareLine = line;
            }

            if (IsLineOpening(text, lines[line], hit) && StartsWithCue(text, hit, _profileHeaders)
                && (profileHeaderLines.Count == 0 || profileHeaderLines[^1] != line))
            {
                profileHeaderLines.Add(line);
            }

            position = hit + 1;
        }
    }

    private static bool StartsWithCue(string text, int index, string[] cues)
    {
        if (index > 0 && char.IsLetterOrDigit(text[index - 1]))
        {
            return false;
        }

        foreach (string cue in cues)
        {
            int after = index + cue.Length;
            if (text.AsSpan(index).StartsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return true;
            }
        }

        return false;
    }

    // Only markup (bullets, emphasis, heading marks) may precede a profile header on its line.
    private static bool IsLineOpening(string text, TextLine line, int index)
    {
        for (int i = line.Start; i < index; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineAt(TextLine[] lines, int offset)
    {
        int low = 0;
        int high = lines.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (lines[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    // The first profile header in the last part of the document after which every line is a short profile field.
    private static int FindAuthorProfile(string text, TextLine[] lines, List<int> headerLines)
    {
        foreach (int header in headerLines)
        {
            if (lines[header].Start < text.Length * ProfileTailFraction)
            {
                continue;
            }

            bool fieldsOnly = true;
            for (int i = header + 1; i < lines.Length && fieldsOnly; i++)
            {
                fieldsOnly = lines[i].IsBlank || IsProfileField(text, lines[i]);
            }

            if (fieldsOnly)
            {
                return header;
            }
        }

        return -1;
    }

    // "facebook:", "• Name : Lila Terry", "• Bio : <any length>".
    private static bool IsProfileField(string text, TextLine line)
    {
        ReadOnlySpan<char> content = text.AsSpan(line.Start, line.End - line.Start);
        content = content[LineMarkers.ListMarkerLength(content)..];
        if (line.Words <= MaxProfileFieldWords)
        {
            return true;
        }

        int colon = content.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> label = content[..colon];
        int labelWords = TextChars.CountWords(label);
        return labelWords is > 0 and <= MaxProfileLabelWords && label.IndexOfAny(".!?") < 0;
    }

    // From the start of the sentence holding the cue to the end of its line.
    private static TextSpan SharePromptSpan(string text, TextLine line, int cue)
    {
        int start = line.Start;
        for (int i = cue - 1; i >= line.Start; i--)
        {
            if (!TextChars.IsSentenceFinal(text[i]))
            {
                continue;
            }

            int after = i + 1;
            while (after < cue && (TextChars.IsClosing(text[after]) || TextChars.IsEmphasis(text[after])))
            {
                after++;
            }

            if (after < cue && char.IsWhiteSpace(text[after]))
            {
                start = TextChars.SkipWhitespace(text, after, cue);
                break;
            }
        }

        return new TextSpan(start, line.End);
    }

    // The last line before the profile block that is prose rather than a heading-like line.
    private static int LastBodyLine(TextLine[] lines, int contentEnd)
    {
        for (int i = contentEnd - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank && !lines[i].IsHeadingLike(MaxHeadlineWords))
            {
                return i;
            }
        }

        return -1;
    }

    // Short lines that repeat, when one copy follows the article body or two copies are adjacent (image caption
    // and alt text), are captions; so is the same text glued to the end of a paragraph after a full stop.
    // A table-of-contents entry and its heading do not qualify: list lines are excluded and the two are not adjacent.
    private static HashSet<int> AddCaptions(string text, TextLine[] lines, int bodyEnd, int contentEnd, List<BoilerplateRegion> candidates)
    {
        var occurrences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < contentEnd; i++)
        {
            TextLine line = lines[i];
            if (line.IsHeadingLike(MaxHeadlineWords) && line.Words <= MaxCaptionWords)
            {
                string key = text[line.Start..line.End];
                if (!occurrences.TryGetValue(key, out List<int>? found))
                {
                    found = [];
                    occurrences.Add(key, found);
                }

                found.Add(i);
            }
        }

        var captionLines = new HashSet<int>();
        foreach ((string caption, List<int> found) in occurrences)
        {
            if (found.Count < 2 || !(found[^1] > bodyEnd || HasAdjacentCopies(lines, found)))
            {
                continue;
            }

            foreach (int i in found)
            {
                captionLines.Add(i);
                candidates.Add(new BoilerplateRegion(lines[i].Span, BoilerplateKind.Caption));
            }

            for (int i = 0; i < contentEnd; i++)
            {
                int tail = GluedTailStart(text, lines[i], caption);
                if (tail >= 0)
                {
                    candidates.Add(new BoilerplateRegion(new TextSpan(tail, lines[i].End), BoilerplateKind.Caption));
                }
            }
        }

        return captionLines;
    }

    private static bool HasAdjacentCopies(TextLine[] lines, List<int> found)
    {
        for (int k = 1; k < found.Count; k++)
        {
            bool onlyBlankBetween = true;
            for (int i = found[k - 1] + 1; i < found[k] && onlyBlankBetween; i++)
            {
                onlyBlankBetween = lines[i].IsBlank;
            }

            if (onlyBlankBetween)
            {
                return true;
            }
        }

        return false;
    }

    // "... critical global issues. Map of Russia - Guide of the World": where the caption starts, or -1.
    private static int GluedTailStart(string text, TextLine line, string caption)
    {
        ReadOnlySpan<char> content = text.AsSpan(line.Start, line.End - line.Start);
        if (content.Length <= caption.Length || !content.EndsWith(caption, StringComparison.Ordinal))
        {
            return -1;
        }

        ReadOnlySpan<char> before = content[..^caption.Length];
        return char.IsWhiteSpace(before[^1]) && TextChars.EndsWithSentenceFinal(before) ? line.End - caption.Length : -1;
    }

    // The heading-like lines between the article body and the profile block: unrelated headlines, or a single
    // credit line ("Title - Site", "Title | Site") which is a caption.
    private static void AddTrailingLines(string text, TextLine[] lines, int bodyEnd, int contentEnd, HashSet<int> captionLines, List<BoilerplateRegion> candidates)
    {
        if (bodyEnd < 0)
        {
            return;
        }

        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = bodyEnd + 1; i < contentEnd; i++)
        {
            if (!lines[i].IsBlank && !captionLines.Contains(i))
            {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }

        if (count == 0)
        {
            return;
        }

        bool singleCredit = count == 1 && lines[first].Words <= MaxCaptionWords && IsSiteCredit(text, lines[first]);
        BoilerplateKind kind = singleCredit ? BoilerplateKind.Caption : BoilerplateKind.TrailingHeadline;
        candidates.Add(new BoilerplateRegion(new TextSpan(lines[first].Start, lines[last].End), kind));
    }

    private static bool IsSiteCredit(string text, TextLine line)
    {
        ReadOnlySpan<char> content = text.AsSpan(line.Start, line.End - line.Start);
        foreach (string separator in CreditSeparators)
        {
            int at = content.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at + separator.Length < content.Length)
            {
                return true;
            }
        }

        return false;
    }

    // Keeps each candidate's parts that no earlier candidate covers, trimmed, and orders the result by start.
    private static BoilerplateRegion[] Resolve(string text, List<BoilerplateRegion> candidates)
    {
        var accepted = new List<BoilerplateRegion>();
        var pieces = new List<BoilerplateRegion>();
        foreach (BoilerplateRegion candidate in candidates)
        {
            pieces.Clear();
            int cursor = candidate.Span.Start;
            foreach (BoilerplateRegion taken in accepted.Where(a => a.Span.Overlaps(candidate.Span)).OrderBy(a => a.Span.Start))
            {
                AddPiece(text, cursor, taken.Span.Start, candidate.Kind, pieces);
                cursor = Math.Max(cursor, taken.Span.End);
            }

            AddPiece(text, cursor, candidate.Span.End, candidate.Kind, pieces);
            accepted.AddRange(pieces);
        }

        return [.. accepted.OrderBy(a => a.Span.Start)];
    }

    private static void AddPiece(string text, int start, int end, BoilerplateKind kind, List<BoilerplateRegion> pieces)
    {
        if (start >= end)
        {
            return;
        }

        start = TextChars.SkipWhitespace(text, start, end);
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (TextChars.HasLetterOrDigit(text.AsSpan(start, end - start)))
        {
            pieces.Add(new BoilerplateRegion(new TextSpan(start, end), kind));
        }
    }
}
