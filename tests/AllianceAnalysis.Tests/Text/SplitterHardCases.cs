using System.Text;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Text;

/// <summary>One case of <c>corpus/splitting/hard-cases.txt</c>: an input text and the sentences it must split into.</summary>
/// <param name="Line">One-based line of the case's <c>===</c> header in the file.</param>
/// <param name="Category">The kind of difficulty (one of <see cref="SplitterHardCases.Categories"/>).</param>
/// <param name="Note">What the case is about.</param>
/// <param name="Input">The text given to the splitter, lines joined with <c>\n</c>.</param>
/// <param name="Expected">The sentences, in order, with every run of whitespace written as one space.</param>
internal sealed record SplitterHardCase(int Line, string Category, string Note, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"line {Line} [{Category}] {Note}";
}

/// <summary>The outcome of one case: the sentences the product returned, whitespace-collapsed like the expected ones.</summary>
internal sealed record SplitterHardCaseResult(SplitterHardCase Case, IReadOnlyList<string> Actual)
{
    public bool Passed => Actual.SequenceEqual(Case.Expected, StringComparer.Ordinal);
}

/// <summary>
/// Reads the sentence-splitting hard cases and scores the product on them: each case's text goes through
/// <see cref="AllianceAnalyzer.SplitSentences"/> (boilerplate marking and splitting, exactly as the pipeline runs
/// them) and counts only when every sentence is exactly the expected one.
/// </summary>
internal static class SplitterHardCases
{
    public const string CaseMarker = "=== ";
    public const string ExpectMarker = "--- expect";

    /// <summary>The categories of difficulty the set must cover.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "abbreviation", "initials", "decimal", "ellipsis", "quote-bracket", "list", "heading", "glued-heading",
        "citation", "url", "email", "dateline", "wire-copy",
    ];

    private static readonly Lazy<IReadOnlyList<SplitterHardCase>> Cases =
        new(() => Parse(RepoFiles.Read("corpus", "splitting", "hard-cases.txt")));

    public static IReadOnlyList<SplitterHardCase> All => Cases.Value;

    /// <summary>Parses the file format described in <c>corpus/splitting/README.md</c>.</summary>
    public static IReadOnlyList<SplitterHardCase> Parse(string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        var cases = new List<SplitterHardCase>();
        int i = 0;
        while (i < lines.Length && !lines[i].StartsWith(CaseMarker, StringComparison.Ordinal))
        {
            i++;
        }

        while (i < lines.Length)
        {
            int header = i;
            string[] label = lines[i][CaseMarker.Length..].Split('|', 2, StringSplitOptions.TrimEntries);
            if (label.Length != 2 || label[0].Length == 0)
            {
                throw new FormatException($"line {header + 1}: a case header reads '=== category | note'");
            }

            var input = new List<string>();
            for (i++; i < lines.Length && lines[i] != ExpectMarker; i++)
            {
                if (lines[i].StartsWith(CaseMarker, StringComparison.Ordinal))
                {
                    throw new FormatException($"line {i + 1}: the case at line {header + 1} has no '{ExpectMarker}' line");
                }

                input.Add(lines[i]);
            }

            if (i == lines.Length)
            {
                throw new FormatException($"line {header + 1}: the case has no '{ExpectMarker}' line");
            }

            var expected = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith(CaseMarker, StringComparison.Ordinal); i++)
            {
                if (!string.IsNullOrWhiteSpace(lines[i]))
                {
                    expected.Add(CollapseWhitespace(lines[i]));
                }
            }

            while (input.Count > 0 && string.IsNullOrWhiteSpace(input[^1]))
            {
                input.RemoveAt(input.Count - 1);
            }

            cases.Add(new SplitterHardCase(header + 1, label[0], label[1], string.Join("\n", input), expected));
        }

        return cases;
    }

    /// <summary>Splits the case's input the way the product does and returns the sentence texts, whitespace collapsed.</summary>
    public static SplitterHardCaseResult Run(AllianceAnalyzer analyzer, SplitterHardCase hardCase)
    {
        IReadOnlyList<Sentence> sentences = analyzer.SplitSentences(new Document("hard-case", hardCase.Input));
        return new SplitterHardCaseResult(hardCase, [.. sentences.Select(s => CollapseWhitespace(hardCase.Input[s.Span.Start..s.Span.End]))]);
    }

    /// <summary>Every case's result, in file order.</summary>
    public static IReadOnlyList<SplitterHardCaseResult> RunAll(AllianceAnalyzer analyzer, IEnumerable<SplitterHardCase> cases) =>
        [.. cases.Select(c => Run(analyzer, c))];

    /// <summary>A readable report of the failing cases: the input, then expected and actual sentences.</summary>
    public static string Describe(IEnumerable<SplitterHardCaseResult> failures)
    {
        var report = new StringBuilder();
        foreach (SplitterHardCaseResult failure in failures)
        {
            report.Append("--- ").Append(failure.Case).Append('\n');
            report.Append("input:\n").Append(failure.Case.Input).Append('\n');
            report.Append("expected:\n");
            foreach (string sentence in failure.Case.Expected)
            {
                report.Append("  | ").Append(sentence).Append('\n');
            }

            report.Append("got:\n");
            foreach (string sentence in failure.Actual)
            {
                report.Append("  | ").Append(sentence).Append('\n');
            }
        }

        return report.ToString();
    }

    // Sentence spans keep the line breaks of soft-wrapped copy; the file writes each sentence on one line.
    public static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
