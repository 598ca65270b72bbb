using System.CommandLine;

namespace AllianceAnalysis.Cli;

/// <summary>Builds and runs the <c>alliance</c> command tree.</summary>
internal static class CliApp
{
    /// <summary>Exit code when every input was analysed.</summary>
    public const int Success = 0;

    /// <summary>Exit code when at least one input failed (the rest were still analysed).</summary>
    public const int InputFailed = 1;

    /// <summary>Exit code for a usage error (unknown option, missing argument).</summary>
    public const int UsageError = 2;

    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("Extracts geopolitical claims from news and analysis articles and profiles each pair of actors.");
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ParseResult parse = BuildRootCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'alliance --help' for usage.");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
