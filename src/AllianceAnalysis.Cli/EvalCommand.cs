using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AllianceAnalysis.Evaluation;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Cli;

/// <summary>
/// <c>alliance eval --gold DIR [--split dev|heldout|all] [--json]</c>: precision, recall and F1 per relation type and
/// micro-averaged, polarity, modality and attribution accuracy on matched claims, then every false positive and
/// false negative with its sentence.
/// </summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Build()
    {
        var goldOption = new Option<string>("--gold") { Description = "The gold folder (holding dev/ and heldout/ annotation files).", Required = true, HelpName = "dir" };
        var splitOption = new Option<string>("--split")
        {
            Description = "Which split to score.",
            DefaultValueFactory = _ => "dev",
        };
        splitOption.AcceptOnlyFromAmong("dev", "heldout", "all");
        var jsonOption = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var rulesOption = new Option<string[]>("--rules") { Description = "Extra rule packs (files or folders) loaded after the default pack.", HelpName = "file" };
        var command = new Command("eval", "Score the analyzer against gold annotations.") { goldOption, splitOption, jsonOption, rulesOption };
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            EvaluationReport report;
            try
            {
                AllianceAnalyzer analyzer = RulePackFiles.CreateAnalyzer(parseResult.GetValue(rulesOption) ?? []);
                IReadOnlyList<GoldDocument> gold = GoldCorpus.Load(parseResult.GetRequiredValue(goldOption), parseResult.GetValue(splitOption)!);
                if (gold.Count == 0)
                {
                    error.WriteLine($"error: no gold files for split '{parseResult.GetValue(splitOption)}' under {parseResult.GetRequiredValue(goldOption)}");
                    return CliApp.InputFailed;
                }

                report = Evaluator.Evaluate(analyzer, gold);
            }
            catch (Exception ex) when (ex is RulePackException or InvalidDataException or DocumentReadException or IOException)
            {
                error.WriteLine($"error: {ex.Message}");
                return CliApp.InputFailed;
            }

            if (parseResult.GetValue(jsonOption))
            {
                output.WriteLine(JsonSerializer.Serialize(ToJson(report), Json));
            }
            else
            {
                WriteText(report, output);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static object ToJson(EvaluationReport report) => new
    {
        report.Documents,
        micro = Scores(report.Micro),
        relations = report.Relations.Select(Scores),
        report.Matched,
        polarityAccuracy = Round(report.PolarityAccuracy),
        modalityAccuracy = Round(report.ModalityAccuracy),
        attributionAccuracy = Round(report.AttributionAccuracy),
        report.FalsePositives,
        report.FalseNegatives,
        report.Mismatches,
    };

    private static object Scores(RelationScore s) => new
    {
        s.Relation,
        truePositives = s.TruePositives,
        falsePositives = s.FalsePositives,
        falseNegatives = s.FalseNegatives,
        precision = Round(s.Precision),
        recall = Round(s.Recall),
        f1 = Round(s.F1),
    };

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static void WriteText(EvaluationReport report, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Documents} documents"));
        output.WriteLine($"{"relation",-24} {"P",6} {"R",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5}");
        foreach (RelationScore score in report.Relations.Append(report.Micro))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{score.Relation,-24} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"on {report.Matched} matched claims: polarity {report.PolarityAccuracy:0.000}, modality {report.ModalityAccuracy:0.000}, attribution {report.AttributionAccuracy:0.000}"));
        foreach (var (title, errors) in new[] { ("false positives", report.FalsePositives), ("false negatives", report.FalseNegatives) })
        {
            output.WriteLine();
            output.WriteLine($"{title} ({errors.Count})");
            foreach (EvaluationError e in errors)
            {
                output.WriteLine($"  {e.Claim}  [{e.Document}] {e.Sentence}");
            }
        }

        output.WriteLine();
        output.WriteLine($"polarity, modality or attribution wrong on matched claims ({report.Mismatches.Count})");
        foreach (EvaluationMismatch m in report.Mismatches)
        {
            output.WriteLine($"  expected {m.Expected}; got {m.Predicted}  [{m.Document}] {m.Sentence}");
        }
    }
}
