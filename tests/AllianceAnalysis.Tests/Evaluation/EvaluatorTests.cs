using System.Text.Json;
using AllianceAnalysis.Cli;
using AllianceAnalysis.Evaluation;
using AllianceAnalysis.Tests.Cli;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Evaluation;

public sealed class EvaluatorTests : IDisposable
{
    private const string Article = "Iran supplied drones to Russia. Trade between Russia and Iran grew. Israel and Iran sent delegations to Geneva. China condemned Israel.\n";
    private readonly TempDirectory _temp = new();

    public EvaluatorTests()
    {
        _temp.Write("corpus/dev/a.txt", Article);
        _temp.Write("corpus/gold/dev/a.jsonl", string.Join("\n",
            """{"sentence":"Iran supplied drones to Russia.","claims":[{"source":"IRN","target":"RUS","relation":"arms","polarity":"affirmed","modality":"hedged","attributedTo":null}]}""",
            """{"sentence":"Trade between Russia and Iran grew.","claims":[{"source":"RUS","target":"IRN","relation":"trade","polarity":"affirmed","modality":"asserted","attributedTo":null}]}""",
            """{"sentence":"Israel and Iran sent delegations to Geneva.","claims":[]}""",
            """{"sentence":"China condemned Israel.","claims":[{"source":"CHN","target":"ISR","relation":"sanctions","polarity":"affirmed","modality":"asserted","attributedTo":null}]}""") + "\n");
    }

    public void Dispose() => _temp.Dispose();

    private string Gold => _temp["corpus/gold"];

    [Fact]
    public void Scores_per_relation_and_micro_with_symmetric_pairs_unordered()
    {
        EvaluationReport report = Evaluator.Evaluate(AllianceAnalyzer.Default, GoldCorpus.Load(Gold, "dev"));

        report.Relations.Select(r => $"{r.Relation} {r.TruePositives}/{r.FalsePositives}/{r.FalseNegatives}")
            .Should().Equal("arms 1/0/0", "condemnation 0/1/0", "sanctions 0/0/1", "trade 1/0/0");
        (report.Micro.TruePositives, report.Micro.FalsePositives, report.Micro.FalseNegatives).Should().Be((2, 1, 1));
        report.Micro.Precision.Should().BeApproximately(2.0 / 3, 1e-9);
        report.Micro.F1.Should().BeApproximately(2.0 / 3, 1e-9);
        report.Matched.Should().Be(2);
        report.PolarityAccuracy.Should().Be(1);
        report.ModalityAccuracy.Should().Be(0.5, "the gold says the arms claim is hedged; the text asserts it");
        report.FalsePositives.Should().ContainSingle().Which.Should().Be(new EvaluationError("dev/a.txt", "China condemned Israel.", "CHN->ISR condemnation affirmed asserted"));
        report.FalseNegatives.Should().ContainSingle().Which.Claim.Should().Be("CHN->ISR sanctions affirmed asserted");
        report.Mismatches.Should().ContainSingle().Which.Should().Be(new EvaluationMismatch("dev/a.txt", "Iran supplied drones to Russia.",
            "IRN->RUS arms affirmed hedged", "IRN->RUS arms affirmed asserted"));
    }

    [Fact]
    public void A_gold_sentence_missing_from_the_article_is_refused_with_file_and_line()
    {
        _temp.Write("corpus/gold/dev/a.jsonl", """{"sentence":"Not in the article.","claims":[]}""" + "\n");

        Action load = () => GoldCorpus.Load(Gold, "dev");

        load.Should().Throw<InvalidDataException>().WithMessage("*a.jsonl(1): the article does not contain the sentence \"Not in the article.\"");
    }

    [Fact]
    public void The_eval_command_prints_the_table_and_the_errors_and_json_on_request()
    {
        var (exitCode, stdout, _) = CliRunner.Run("eval", "--gold", Gold, "--split", "dev");

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().Contain("micro                     0.667  0.667  0.667     2     1     1");
        stdout.Should().Contain("false positives (1)").And.Contain("CHN->ISR condemnation affirmed asserted  [dev/a.txt] China condemned Israel.");
        stdout.Should().Contain("polarity, modality or attribution wrong on matched claims (1)")
            .And.Contain("expected IRN->RUS arms affirmed hedged; got IRN->RUS arms affirmed asserted  [dev/a.txt] Iran supplied drones to Russia.");

        var (_, json, _) = CliRunner.Run("eval", "--gold", Gold, "--json");
        JsonDocument.Parse(json).RootElement.GetProperty("micro").GetProperty("f1").GetDouble().Should().Be(0.6667);
    }

    [Fact]
    public void An_unknown_split_is_a_usage_error()
    {
        CliRunner.Run("eval", "--gold", Gold, "--split", "train").ExitCode.Should().Be(CliApp.UsageError);
    }
}
