namespace AllianceAnalysis.Text;

/// <summary>Splits a document's text into sentence spans. Implementations are immutable and thread-safe.</summary>
internal interface ISentenceSplitter
{
    /// <summary>
    /// Appends the sentences of <paramref name="text"/> to <paramref name="output"/>, in order, as spans into
    /// <paramref name="text"/>. Spans never overlap, never start or end with whitespace, and never cross a blank line.
    /// </summary>
    void Split(ReadOnlySpan<char> text, List<SentenceBoundary> output);
}

/// <summary>One sentence found by an <see cref="ISentenceSplitter"/>.</summary>
/// <param name="Span">Offsets into the text.</param>
/// <param name="Kind">Body, heading or list item.</param>
/// <param name="IsQuestion">Whether the sentence ends with a question mark.</param>
internal readonly record struct SentenceBoundary(TextSpan Span, SentenceKind Kind, bool IsQuestion);

/// <summary>The words the sentence splitter needs, from the rule pack's <c>text</c> section.</summary>
/// <param name="Abbreviations">Lower-case abbreviations with their final period that never end a sentence ("dr.", "e.g.").</param>
/// <param name="FinalAbbreviations">Lower-case abbreviations that end a sentence only before a sentence starter ("u.s.", "etc.").</param>
/// <param name="SentenceStarters">Words (as written, capitalised) that usually begin a sentence.</param>
/// <param name="ContinuationWords">Words (as written, lower-case) that never end a line of prose, so the next line continues the sentence.</param>
internal sealed record SplitterLexicon(
    IReadOnlySet<string> Abbreviations,
    IReadOnlySet<string> FinalAbbreviations,
    IReadOnlySet<string> SentenceStarters,
    IReadOnlySet<string> ContinuationWords);
