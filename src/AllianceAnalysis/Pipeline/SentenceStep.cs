using AllianceAnalysis.Matching;
using AllianceAnalysis.Qualifiers;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>Everything the stages produced for one sentence, handed to an inspector (the explainer).</summary>
/// <param name="Sentence">The sentence's working state after all stages.</param>
/// <param name="RawHits">Every phrase hit before overlaps were resolved.</param>
/// <param name="Candidates">The candidates the rules produced.</param>
/// <param name="Claims">The claims the sentence produced.</param>
/// <param name="Headline">Whether the sentence is a heading or list line that asserts nothing.</param>
/// <param name="Qualifiers">The qualifier stage, to tell why a candidate yielded no claim.</param>
/// <param name="Relations">The relation stage, to tell why a trigger yielded no candidate.</param>
internal sealed record SentenceStep(
    SentenceContext Sentence,
    IReadOnlyList<PhraseHit> RawHits,
    IReadOnlyList<ClaimCandidate> Candidates,
    IReadOnlyList<Claim> Claims,
    bool Headline,
    QualifierAnnotator Qualifiers,
    RelationExtractor Relations);

/// <summary>Called after each sentence is processed.</summary>
internal delegate void SentenceInspector(SentenceStep step, ReadOnlySpan<Token> tokens);
