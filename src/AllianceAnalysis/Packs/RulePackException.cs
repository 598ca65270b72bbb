namespace AllianceAnalysis.Packs;

/// <summary>
/// A rule pack was refused. <see cref="Exception.Message"/> reads <c>file(line,column): reason</c> so editors and
/// terminals can jump to the place.
/// </summary>
/// <remarks>Thrown by <see cref="RulePack.LoadFile"/>, <see cref="RulePack.Parse"/> and <see cref="AllianceAnalyzerBuilder.Build"/>. Immutable once thrown; safe to read from any thread.</remarks>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The pack file (or embedded resource name).</param>
    /// <param name="line">1-based line, or 0 when the problem has no position.</param>
    /// <param name="column">1-based column, or 0 when the problem has no position.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    /// <remarks>Does not validate its arguments and never throws.</remarks>
    public RulePackException(string file, int line, int column, string reason, Exception? inner = null)
        : base(line > 0 ? $"{file}({line},{column}): {reason}" : $"{file}: {reason}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    internal RulePackException(IReadOnlyList<PackDiagnostic> diagnostics)
        : this(diagnostics[0].File, diagnostics[0].Line, diagnostics[0].Column, Summarize(diagnostics))
    {
        Problems = [.. diagnostics.Select(d => d.ToString())];
    }

    /// <summary>Every problem found, one line each as <c>file(line,column): reason</c>; the first is also <see cref="Exception.Message"/>.</summary>
    public IReadOnlyList<string> Problems { get; } = [];

    /// <summary>The pack file (or embedded resource name).</summary>
    public string File { get; }

    /// <summary>1-based line of the problem, or 0 when it has no position.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem, or 0 when it has no position.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    private static string Summarize(IReadOnlyList<PackDiagnostic> diagnostics) =>
        diagnostics.Count == 1 ? diagnostics[0].Message : $"{diagnostics[0].Message} (and {diagnostics.Count - 1} more problem{(diagnostics.Count == 2 ? "" : "s")})";
}
