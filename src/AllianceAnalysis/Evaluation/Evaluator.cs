using AllianceAnalysis.Output;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Evaluation;

/// <summary>Scores an analyzer against gold documents. Stateless and thread-safe.</summary>
public static class Evaluator
{
    /// <summary>Analyses every gold document and compares the claims with the annotations.</summary>
    /// <param name="analyzer">The analyzer to score.</param>
    /// <param name="documents">The gold documents.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationReport Evaluate(AllianceAnalyzer analyzer, IEnumerable<GoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(documents);
        var symmetric = analyzer.SymmetricRelations;
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var falsePositives = new List<EvaluationError>();
        var falseNegatives = new List<EvaluationError>();
        var mismatches = new List<EvaluationMismatch>();
        int matched = 0, polarity = 0, modality = 0, attribution = 0, documentCount = 0;

        foreach (GoldDocument gold in documents)
        {
            documentCount++;
            string text = gold.Document.Text;
            var predicted = analyzer.Analyze(gold.Document).Claims.ToList();
            var used = new bool[predicted.Count];
            foreach (GoldSentence sentence in gold.Sentences)
            {
                int start = text.IndexOf(sentence.Sentence, StringComparison.Ordinal);
                var span = new TextSpan(start, start + sentence.Sentence.Length);
                foreach (GoldClaim expected in sentence.Claims)
                {
                    int found = -1;
                    for (int i = 0; i < predicted.Count && found < 0; i++)
                    {
                        if (!used[i] && SameClaim(predicted[i], expected, span, symmetric))
                        {
                            found = i;
                        }
                    }

                    if (found < 0)
                    {
                        falseNegatives.Add(new EvaluationError(gold.Document.Id, sentence.Sentence, Render(expected)));
                        Count(counts, expected.Relation, fn: 1);
                        continue;
                    }

                    used[found] = true;
                    Claim claim = predicted[found];
                    Count(counts, expected.Relation, tp: 1);
                    matched++;
                    bool samePolarity = OutputFormat.Name(claim.Polarity) == expected.Polarity;
                    bool sameModality = OutputFormat.Name(claim.Modality) == expected.Modality;
                    bool sameSpeaker = SameSpeaker(claim.AttributedTo, expected.AttributedTo);
                    polarity += samePolarity ? 1 : 0;
                    modality += sameModality ? 1 : 0;
                    attribution += sameSpeaker ? 1 : 0;
                    if (!samePolarity || !sameModality || !sameSpeaker)
                    {
                        mismatches.Add(new EvaluationMismatch(gold.Document.Id, sentence.Sentence,
                            Render(expected) + Speaker(expected.AttributedTo), Render(claim) + Speaker(claim.AttributedTo?.Text)));
                    }
                }
            }

            for (int i = 0; i < predicted.Count; i++)
            {
                if (!used[i])
                {
                    falsePositives.Add(new EvaluationError(gold.Document.Id, predicted[i].Evidence.Text, Render(predicted[i])));
                    Count(counts, predicted[i].Relation, fp: 1);
                }
            }
        }

        var relations = counts.Select(kv => new RelationScore(kv.Key, kv.Value.Tp, kv.Value.Fp, kv.Value.Fn)).ToList();
        var micro = new RelationScore("micro", relations.Sum(r => r.TruePositives), relations.Sum(r => r.FalsePositives), relations.Sum(r => r.FalseNegatives));
        double Share(int n) => matched == 0 ? 0 : (double)n / matched;
        return new EvaluationReport(documentCount, relations, micro, matched, Share(polarity), Share(modality), Share(attribution), falsePositives, falseNegatives)
        {
            Mismatches = mismatches,
        };
    }

    /// <summary>Same sentence (the evidence overlaps the gold sentence), actors and relation; symmetric relations unordered.</summary>
    private static bool SameClaim(Claim claim, GoldClaim gold, TextSpan sentence, IReadOnlySet<string> symmetric)
    {
        var evidence = new TextSpan(claim.Evidence.Start, claim.Evidence.End);
        if (claim.Relation != gold.Relation || !evidence.Overlaps(sentence))
        {
            return false;
        }

        return (claim.Source == gold.Source && claim.Target == gold.Target)
            || (symmetric.Contains(claim.Relation) && claim.Source == gold.Target && claim.Target == gold.Source);
    }

    private static bool SameSpeaker(Attribution? predicted, string? gold)
    {
        if (predicted is null || gold is null)
        {
            return predicted is null && gold is null;
        }

        return predicted.Actor == gold || predicted.Text.Contains(gold, StringComparison.OrdinalIgnoreCase);
    }

    private static void Count(SortedDictionary<string, (int Tp, int Fp, int Fn)> counts, string relation, int tp = 0, int fp = 0, int fn = 0)
    {
        counts.TryGetValue(relation, out var current);
        counts[relation] = (current.Tp + tp, current.Fp + fp, current.Fn + fn);
    }

    private static string Speaker(string? speaker) => speaker is null ? string.Empty : $" by {speaker}";

    private static string Render(GoldClaim claim) => $"{claim.Source}->{claim.Target} {claim.Relation} {claim.Polarity} {claim.Modality}";

    private static string Render(Claim claim) => PackTestRunner.Render(claim);

}
