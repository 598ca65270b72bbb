namespace AllianceAnalysis.Boilerplate;

/// <summary>Finds the regions of a document that are not part of the article's argument. Immutable and thread-safe.</summary>
internal interface IBoilerplateDetector
{
    /// <summary>Returns the boilerplate regions of <paramref name="text"/>, ordered by start, non-overlapping.</summary>
    IReadOnlyList<BoilerplateRegion> Detect(string text);
}

/// <summary>A boilerplate region: offsets into the document text and what it is.</summary>
internal readonly record struct BoilerplateRegion(TextSpan Span, BoilerplateKind Kind);

/// <summary>The cue phrases the boilerplate detector needs, from the rule pack's <c>boilerplate</c> section.</summary>
/// <param name="SharePrompts">Phrases (case-insensitive) opening a call to action.</param>
/// <param name="ProfileHeaders">Phrases (case-insensitive) that, at the start of a line, open an author profile or social block.</param>
internal sealed record BoilerplateCues(IReadOnlyList<string> SharePrompts, IReadOnlyList<string> ProfileHeaders);
