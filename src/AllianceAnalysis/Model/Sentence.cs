namespace AllianceAnalysis;

/// <summary>A sentence of a document: its span in the original text, what it is, and whether it is boilerplate.</summary>
/// <param name="Index">Zero-based position among the document's sentences.</param>
/// <param name="Span">Offsets into the document text; <c>text[Span.Start..Span.End]</c> is the sentence.</param>
/// <param name="Kind">Body prose, heading or list item.</param>
/// <param name="Boilerplate">The boilerplate kind when the sentence lies in a boilerplate region; otherwise <see cref="BoilerplateKind.None"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Sentence(int Index, TextSpan Span, SentenceKind Kind, BoilerplateKind Boilerplate)
{
    /// <summary>Whether the sentence ends with a question mark (such sentences assert nothing).</summary>
    public bool IsQuestion { get; init; }
}
