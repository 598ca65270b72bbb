using System.CommandLine;
using AllianceAnalysis.Output;

namespace AllianceAnalysis.Cli;

/// <summary>
/// <c>alliance sentences [FILE]</c>: prints the sentences of one document (standard input when FILE is omitted or
/// <c>-</c>) as JSON lines, as the default analyzer splits them.
/// </summary>
internal static class SentencesCommand
{
    /// <summary>The document id used for standard input.</summary>
    public const string StandardInputId = "stdin";

    public static Command Build(Func<Stream> openStandardInput)
    {
        var fileArgument = new Argument<string>("file")
        {
            Description = "A UTF-8 text file; standard input when omitted or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        fileArgument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } file && file != "-")
            {
                CliApp.RejectUnknownOption(result, file);
            }
        });
        var command = new Command("sentences", "Print a document's sentences as JSON lines: offsets, text, kind, question, boilerplate.")
        {
            fileArgument,
        };
        command.SetAction(parseResult =>
        {
            string? file = parseResult.GetValue(fileArgument);
            TextWriter error = parseResult.InvocationConfiguration.Error;
            Document document;
            try
            {
                document = file is null or "-"
                    ? ReadStandardInput(openStandardInput)
                    : Document.Load(file) with { Id = InputFiles.IdOf(file) };
            }
            catch (DocumentReadException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return CliApp.InputFailed;
            }

            SentenceJsonLinesWriter.Write(parseResult.InvocationConfiguration.Output, document, AllianceAnalyzer.Default.SplitSentences(document));
            return CliApp.Success;
        });
        return command;
    }

    private static Document ReadStandardInput(Func<Stream> openStandardInput)
    {
        using Stream input = openStandardInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return Document.FromUtf8(StandardInputId, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
