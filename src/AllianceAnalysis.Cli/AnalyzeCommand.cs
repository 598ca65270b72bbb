using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Output;
using AllianceAnalysis.Packs;
using Spectre.Console;

namespace AllianceAnalysis.Cli;

/// <summary>
/// <c>alliance analyze &lt;paths…&gt; [--out DIR] [--rules FILE]… [--date DAY] [--verbose]</c>: analyses every article, writes
/// <c>claims.jsonl</c>, <c>relations.json</c> and <c>relations.csv</c> into DIR (whole or not at all), then prints a
/// table of actor pairs and a one-line summary. Errors and progress go to standard error; with <c>--verbose</c>, so do
/// each file's analysis time and the overall throughput.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>The output folder when <c>--out</c> is not given.</summary>
    public const string DefaultOutDirectory = "out";

    public static Command Build()
    {
        var pathsArgument = new Argument<string[]>("paths")
        {
            Description = "Article files, or folders searched recursively for *.txt and *.md.",
            Arity = ArgumentArity.OneOrMore,
        };
        pathsArgument.Validators.Add(result =>
        {
            foreach (string path in result.GetValueOrDefault<string[]>() ?? [])
            {
                CliApp.RejectUnknownOption(result, path);
            }
        });
        var outOption = new Option<string>("--out", "-o")
        {
            Description = "Folder for claims.jsonl, relations.json and relations.csv (created if needed).",
            HelpName = "dir",
            DefaultValueFactory = _ => DefaultOutDirectory,
        };
        outOption.Validators.Add(result =>
        {
            string? directory = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(directory))
            {
                result.AddError("--out needs a folder path.");
            }
            else if (File.Exists(directory))
            {
                result.AddError($"--out '{directory}' is a file; give a folder.");
            }
        });
        var rulesOption = new Option<string[]>("--rules")
        {
            Description = "An extra rule pack (YAML file, or a folder of them) used after the default pack; repeatable.",
            HelpName = "file",
        };

        var dateOption = new Option<DateOnly?>("--date")
        {
            Description = "Publication day of the articles (YYYY-MM-DD): a person named counts as their state only while in office that day.",
            HelpName = "day",
            CustomParser = result =>
            {
                string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
                {
                    return day;
                }

                result.AddError($"--date needs a day as YYYY-MM-DD, such as 2025-06-14; got '{token}'.");
                return null;
            },
        };

        var verboseOption = new Option<bool>("--verbose")
        {
            Description = "Print each file's analysis time and the overall throughput (characters per second) to standard error.",
        };

        var command = new Command("analyze", "Extract claims from articles and profile each pair of actors.")
        {
            pathsArgument,
            outOption,
            rulesOption,
            dateOption,
            verboseOption,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(pathsArgument),
            parseResult.GetValue(outOption) ?? DefaultOutDirectory,
            parseResult.GetValue(rulesOption) ?? [],
            parseResult.GetValue(dateOption),
            parseResult.GetValue(verboseOption),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string outDirectory, string[] rules, DateOnly? date, bool verbose, TextWriter output, TextWriter error)
    {
        AllianceAnalyzer analyzer;
        try
        {
            analyzer = RulePackFiles.CreateAnalyzer(rules);
        }
        catch (RulePackException ex)
        {
            RulePackFiles.Report(ex, error);
            return CliApp.UsageError;
        }

        OutputFiles outputs;
        try
        {
            outputs = OutputFiles.Open(outDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write to '{outDirectory}': {ex.Message}");
            return CliApp.InputFailed;
        }

        using (outputs)
        {
            InputCollection inputs = InputFiles.Collect(paths);
            foreach (string warning in inputs.Warnings)
            {
                error.WriteLine($"warning: {warning}");
            }

            foreach (string inputError in inputs.Errors)
            {
                error.WriteLine($"error: {inputError}");
            }

            var aggregator = new RelationAggregator(analyzer);
            int documents = 0;
            int claims = 0;
            int failed = inputs.Errors.Count;
            long characters = 0;
            TimeSpan analysing = TimeSpan.Zero;
            ForEachWithProgress(inputs.Files, error, (file, report) =>
            {
                DocumentAnalysis? analysis = Analyze(analyzer, file, date, report, out TimeSpan elapsed);
                if (analysis is null)
                {
                    failed++;
                    return;
                }

                if (verbose)
                {
                    int length = analysis.Document.Text.Length;
                    report(string.Create(CultureInfo.InvariantCulture, $"{file.Id}: {length:N0} characters in {elapsed.TotalMilliseconds:F1} ms"));
                    characters += length;
                    analysing += elapsed;
                }

                ClaimJsonLinesWriter.Write(outputs.Claims, analysis.Claims);
                aggregator.Add(analysis);
                documents++;
                claims += analysis.Claims.Count;
            });

            if (verbose)
            {
                error.WriteLine(Throughput(characters, analysing));
            }

            RelationSet relations = aggregator.ToRelations();
            try
            {
                outputs.Commit(relations);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write the outputs to '{outDirectory}': {ex.Message}");
                return CliApp.InputFailed;
            }

            Table? table = PairTable.Build(relations);
            if (table is null)
            {
                output.WriteLine("No relations found.");
            }
            else
            {
                Consoles.ForOutput(output).Write(table);
            }

            output.WriteLine($"{Count(documents, "document")}, {Count(claims, "claim")}, {failed} failed; wrote {outDirectory}");
            return failed > 0 ? CliApp.InputFailed : CliApp.Success;
        }
    }

    /// <summary>"analysed 2,484,238 characters in 0.21 s: 11,829,705 characters per second" (analysis only, not reading or writing).</summary>
    internal static string Throughput(long characters, TimeSpan elapsed)
    {
        double seconds = elapsed.TotalSeconds;
        string rate = seconds > 0 ? (characters / seconds).ToString("N0", CultureInfo.InvariantCulture) : "n/a";
        return string.Create(CultureInfo.InvariantCulture, $"analysed {characters:N0} characters in {seconds:F2} s: {rate} characters per second");
    }

    private static DocumentAnalysis? Analyze(AllianceAnalyzer analyzer, InputFile file, DateOnly? date, Action<string> report, out TimeSpan elapsed)
    {
        elapsed = TimeSpan.Zero;
        Document document;
        try
        {
            document = Document.Load(file.Path) with { Id = file.Id, Date = date };
        }
        catch (DocumentReadException ex)
        {
            report($"error: {file.Id}: {ex.Reason}");
            return null;
        }

        try
        {
            long start = Stopwatch.GetTimestamp();
            DocumentAnalysis analysis = analyzer.Analyze(document);
            elapsed = Stopwatch.GetElapsedTime(start);
            return analysis;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // One document the analyzer cannot handle must not cost the batch; it is reported and counted as failed.
            report($"error: {file.Id}: analysis failed: {ex.Message}");
            return null;
        }
    }

    private static void ForEachWithProgress(IReadOnlyList<InputFile> files, TextWriter error, Action<InputFile, Action<string>> body)
    {
        IAnsiConsole? console = Consoles.ForProgress(error);
        if (console is null || files.Count == 0)
        {
            foreach (InputFile file in files)
            {
                body(file, error.WriteLine);
            }

            return;
        }

        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("analysing", maxValue: files.Count);
                foreach (InputFile file in files)
                {
                    body(file, line => console.WriteLine(line));
                    task.Increment(1);
                }
            });
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
