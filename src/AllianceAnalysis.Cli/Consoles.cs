using Spectre.Console;

namespace AllianceAnalysis.Cli;

/// <summary>Spectre consoles over the command's writers: styled only when the writer is the real, unredirected terminal.</summary>
internal static class Consoles
{
    /// <summary>A Spectre console that writes plain text to <paramref name="writer"/> (no ANSI, no colour).</summary>
    public static IAnsiConsole CreatePlain(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    /// <summary>A console for results: styled on a terminal, plain when standard output is redirected or captured.</summary>
    public static IAnsiConsole ForOutput(TextWriter output) =>
        IsTerminalOut(output)
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect })
            : CreatePlain(output);

    /// <summary>
    /// A console for a live progress display on standard error, or <see langword="null"/> when standard error is not a
    /// terminal. Spectre's own detection looks at standard output, so the decision is made here from standard error.
    /// </summary>
    public static IAnsiConsole? ForProgress(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(error),
                Ansi = AnsiSupport.Detect,
                Interactive = InteractionSupport.Yes,
            })
            : null;

    private static bool IsTerminalOut(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
