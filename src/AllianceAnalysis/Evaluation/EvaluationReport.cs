namespace AllianceAnalysis.Evaluation;

/// <summary>Counts for one relation type (or all of them, micro-averaged), with precision, recall and F1.</summary>
/// <param name="Relation">The relation type id, or <c>micro</c> for all together.</param>
/// <param name="TruePositives">Predicted claims that match a gold claim.</param>
/// <param name="FalsePositives">Predicted claims that match none.</param>
/// <param name="FalseNegatives">Gold claims no prediction matches.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RelationScore(string Relation, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when the gold holds nothing.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A claim the analyzer got wrong: predicted without gold support, or in the gold but not predicted.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Claim">The claim as <c>SRC-&gt;TGT relation polarity modality</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluationError(string Document, string Sentence, string Claim);

/// <summary>A matched claim whose polarity, modality or attribution differs from the gold.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Expected">The gold claim as <c>SRC-&gt;TGT relation polarity modality</c>, with <c>by SPEAKER</c> when attributed.</param>
/// <param name="Predicted">The predicted claim in the same form.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluationMismatch(string Document, string Sentence, string Expected, string Predicted);

/// <summary>
/// How the analyzer's claims compare with gold annotations: precision, recall and F1 per relation type and
/// micro-averaged (a claim matches on sentence, source, target and relation; symmetric relations unordered), the
/// accuracy of polarity, modality and attribution on matched claims, and every false positive and negative.
/// </summary>
/// <param name="Documents">Number of documents evaluated.</param>
/// <param name="Relations">Scores per relation type, ordered by id.</param>
/// <param name="Micro">All relation types together.</param>
/// <param name="Matched">Number of matched claims (the base of the three accuracies).</param>
/// <param name="PolarityAccuracy">Share of matched claims with the gold polarity.</param>
/// <param name="ModalityAccuracy">Share of matched claims with the gold modality.</param>
/// <param name="AttributionAccuracy">Share of matched claims with the gold speaker (actor code or name, or none).</param>
/// <param name="FalsePositives">Predicted claims without a gold match.</param>
/// <param name="FalseNegatives">Gold claims without a predicted match.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluationReport(
    int Documents,
    IReadOnlyList<RelationScore> Relations,
    RelationScore Micro,
    int Matched,
    double PolarityAccuracy,
    double ModalityAccuracy,
    double AttributionAccuracy,
    IReadOnlyList<EvaluationError> FalsePositives,
    IReadOnlyList<EvaluationError> FalseNegatives)
{
    /// <summary>Matched claims whose polarity, modality or attribution differs from the gold, so a rule author sees what to fix.</summary>
    public IReadOnlyList<EvaluationMismatch> Mismatches { get; init; } = [];
}
