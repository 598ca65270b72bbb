namespace AllianceAnalysis;

/// <summary>A stretch of text that stands for one or more actors.</summary>
/// <param name="Span">Offsets of the mention in the document text.</param>
/// <param name="Text">The mention's text.</param>
/// <param name="Actors">Actor codes the mention stands for: one for a name, several for a resolved group ("the two nations").</param>
/// <param name="Kind">How the mention was recognised.</param>
/// <param name="Sentence">Index of the sentence holding the mention.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ActorMention(TextSpan Span, string Text, IReadOnlyList<string> Actors, MentionKind Kind, int Sentence);
