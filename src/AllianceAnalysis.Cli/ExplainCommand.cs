using System.CommandLine;
using System.Globalization;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Cli;

/// <summary>
/// <c>alliance explain "SENTENCE"</c> or <c>alliance explain --file F --sentence N</c>: shows, for one sentence, the
/// tokens, the mentions and how each was resolved, the cues and their scopes, every rule tried and why it fired or
/// not, and the claims with the factors of their strength.
/// </summary>
internal static class ExplainCommand
{
    public static Command Build()
    {
        var textArgument = new Argument<string>("text")
        {
            Description = "The sentence to explain (its first sentence, if it holds several).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var fileOption = new Option<string>("--file") { Description = "Explain a sentence of this article instead.", HelpName = "file" };
        var sentenceOption = new Option<int>("--sentence") { Description = "Zero-based sentence index, as 'alliance sentences' numbers them.", HelpName = "n" };
        var rulesOption = new Option<string[]>("--rules") { Description = "Extra rule packs (files or folders) loaded after the default pack.", HelpName = "file" };
        var command = new Command("explain", "Explain how one sentence is read: tokens, mentions, cues, rules tried and claims.")
        {
            textArgument, fileOption, sentenceOption, rulesOption,
        };
        command.Validators.Add(result =>
        {
            bool hasText = result.GetValue(textArgument) is not null;
            bool hasFile = result.GetValue(fileOption) is not null;
            if (hasText == hasFile)
            {
                result.AddError("Give either a sentence or --file with --sentence.");
            }
        });
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            AllianceAnalyzer analyzer;
            Document document;
            try
            {
                analyzer = RulePackFiles.CreateAnalyzer(parseResult.GetValue(rulesOption) ?? []);
                document = parseResult.GetValue(fileOption) is { } file
                    ? Document.Load(file) with { Id = InputFiles.IdOf(file) }
                    : new Document("explain", parseResult.GetValue(textArgument)!);
            }
            catch (RulePackException ex)
            {
                RulePackFiles.Report(ex, error);
                return CliApp.UsageError;
            }
            catch (DocumentReadException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return CliApp.InputFailed;
            }

            int index = parseResult.GetValue(fileOption) is null ? 0 : parseResult.GetValue(sentenceOption);
            int count = analyzer.SplitSentences(document).Count;
            if (index < 0 || index >= count)
            {
                error.WriteLine($"error: {document.Id} has {count} sentence{(count == 1 ? "" : "s")}; --sentence {index} is out of range");
                return CliApp.UsageError;
            }

            SentenceExplanation? explanation = analyzer.Explain(document, index);
            if (explanation is null)
            {
                output.WriteLine($"sentence {index} is boilerplate or empty; it is not analysed.");
                return CliApp.Success;
            }

            Write(explanation, output);
            return CliApp.Success;
        });
        return command;
    }

    private static void Write(SentenceExplanation e, TextWriter output)
    {
        Sentence s = e.Sentence;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentence {s.Index} [{s.Span.Start}-{s.Span.End}] {Kind(s)}"));
        output.WriteLine($"  {e.Text}");
        output.WriteLine();
        output.WriteLine("tokens");
        output.WriteLine("  " + string.Join(" | ", e.Tokens.Select(t => t.Text)));
        output.WriteLine();
        output.WriteLine("mentions");
        foreach (ExplainedMention m in e.Mentions)
        {
            output.WriteLine($"  {m.Text.Text} [{m.Text.Start}-{m.Text.End}] = {string.Join("+", m.Actors)} ({m.Note})");
        }

        output.WriteLine();
        output.WriteLine("cues");
        foreach (ExplainedCue c in e.Cues)
        {
            output.WriteLine($"  {c.Kind}: \"{c.Text.Text}\" over \"{c.Scope.Text}\"");
        }

        output.WriteLine();
        output.WriteLine("rules");
        foreach (RuleAttempt r in e.Rules)
        {
            output.WriteLine($"  {(r.Fired ? "fired" : "     ")} {r.Rule} on \"{r.Trigger.Text}\": {r.Outcome}");
        }

        output.WriteLine();
        output.WriteLine("claims");
        foreach (ExplainedClaim c in e.Claims)
        {
            Claim claim = c.Claim;
            string attributed = claim.AttributedTo is null ? "" : $", according to {claim.AttributedTo.Text}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {claim.Source}->{claim.Target} {claim.Relation} {Name(claim.Polarity)} {Name(claim.Modality)}{attributed}: strength {claim.Strength} = rule {c.RuleStrength} × modality {c.ModalityFactor} × anaphor {c.AnaphorFactor}"));
            foreach (QualifierCue cue in claim.Evidence.Cues)
            {
                output.WriteLine($"      {cue.Kind}: \"{cue.Text}\"");
            }
        }

        if (e.Claims.Count == 0)
        {
            output.WriteLine("  (none)");
        }
    }

    private static string Kind(Sentence s) =>
        (s.Kind switch { SentenceKind.Heading => "heading", SentenceKind.ListItem => "list item", _ => "body" }) + (s.IsQuestion ? ", question" : "");

    private static string Name(Polarity polarity) => polarity == Polarity.Affirmed ? "affirmed" : "negated";

    private static string Name(Modality modality) => modality.ToString().ToLowerInvariant();
}
