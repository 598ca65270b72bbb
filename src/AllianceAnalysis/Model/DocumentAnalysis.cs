namespace AllianceAnalysis;

/// <summary>Everything the analyzer found in one document: its sentences, actor mentions and claims.</summary>
/// <param name="Document">The analysed document.</param>
/// <param name="Sentences">The sentences in text order, with headings, list items and boilerplate marked.</param>
/// <param name="Mentions">The actor mentions in text order (pronouns and group expressions resolved where the text makes it clear).</param>
/// <param name="Claims">The claims in text order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentAnalysis(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<ActorMention> Mentions,
    IReadOnlyList<Claim> Claims);
