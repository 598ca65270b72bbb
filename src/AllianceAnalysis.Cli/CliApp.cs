using System.CommandLine;
using System.CommandLine.Parsing;

namespace AllianceAnalysis.Cli;

/// <summary>Builds and runs the <c>alliance</c> command tree. The CLI holds no analysis logic: it calls the library's public API.</summary>
/// <remarks>Stateless; every run builds its own command tree, so concurrent runs with different writers are independent.</remarks>
internal static class CliApp
{
    /// <summary>The command's name in help and usage lines, as installed by <c>dotnet tool install</c> (the csproj's <c>ToolCommandName</c>).</summary>
    public const string ToolCommandName = "alliance";

    /// <summary>Exit code when every input was analysed and every output written.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input failed (the rest were still analysed), an output could not be written, or an unexpected error occurred.</summary>
    public const int InputFailed = 1;

    /// <summary>Exit code for a usage error: unknown option, missing argument, unusable <c>--out</c>, broken <c>--rules</c> pack.</summary>
    public const int UsageError = 2;

    /// <summary>Creates the root command with the <c>analyze</c> and <c>sentences</c> subcommands.</summary>
    /// <param name="openStandardInput">Opens the stream read by <c>sentences</c> when no file is given.</param>
    /// <returns>A new command tree.</returns>
    public static RootCommand BuildRootCommand(Func<Stream> openStandardInput)
    {
        var root = new RootCommand("Extracts geopolitical claims from news and analysis articles and profiles each pair of actors.")
        {
            // Help says "alliance" however the command is hosted (installed tool, dotnet alliance.dll, in-process tests).
            HelpName = ToolCommandName,
        };
        root.Subcommands.Add(AnalyzeCommand.Build());
        root.Subcommands.Add(SentencesCommand.Build(openStandardInput));
        root.Subcommands.Add(RulesCommand.Build());
        root.Subcommands.Add(ExplainCommand.Build());
        root.Subcommands.Add(EvalCommand.Build());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command, reading standard input for <c>sentences</c> without a file.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go (tables, JSON lines, help).</param>
    /// <param name="error">Where errors, warnings and progress go.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="InputFailed"/> or <see cref="UsageError"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Console.OpenStandardInput);

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go (tables, JSON lines, help).</param>
    /// <param name="error">Where errors, warnings and progress go.</param>
    /// <param name="openStandardInput">Opens the stream read by <c>sentences</c> when no file is given.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="InputFailed"/> or <see cref="UsageError"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openStandardInput)
    {
        ParseResult parse = BuildRootCommand(openStandardInput).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'alliance --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug or an environment failure: report it in one line, never with a stack trace.
            error.WriteLine($"error: {ex.Message}");
            return InputFailed;
        }
    }

    /// <summary>
    /// Reports a path argument that looks like an option (<c>--bogus</c>) and names no existing file or folder as an
    /// unknown option: System.CommandLine passes such tokens on as argument values, which would turn a typo into a
    /// missing-input failure instead of a usage error.
    /// </summary>
    /// <param name="result">The argument being validated.</param>
    /// <param name="value">One of its values.</param>
    public static void RejectUnknownOption(ArgumentResult result, string value)
    {
        if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
        {
            result.AddError($"Unrecognized option '{value}'.");
        }
    }
}
