using System.Text.Json;
using AllianceAnalysis.Evaluation;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Evaluation;

/// <summary>
/// The accuracy gate: micro F1 on the development split may not fall more than two points below the figure recorded
/// in <c>corpus/gold/baseline.json</c>. Raise the baseline when accuracy improves.
/// </summary>
public class GoldBaselineTests
{
    private const double AllowedDrop = 0.02;

    [Fact]
    public void Dev_micro_f1_does_not_drop_more_than_two_points_below_the_baseline()
    {
        using JsonDocument baseline = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("corpus", "gold", "baseline.json")));
        double recorded = baseline.RootElement.GetProperty("dev").GetProperty("microF1").GetDouble();

        EvaluationReport report = Evaluator.Evaluate(AllianceAnalyzer.Default, GoldCorpus.Load(RepositoryRoot.Combine("corpus", "gold"), "dev"));

        report.Documents.Should().BeGreaterThan(0);
        report.Micro.F1.Should().BeGreaterThanOrEqualTo(recorded - AllowedDrop,
            "dev micro F1 fell from the recorded {0:0.000}; run 'alliance eval --gold corpus/gold' to see what broke", recorded);
    }
}
