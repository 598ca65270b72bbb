using Xunit.Abstractions;

namespace AllianceAnalysis.Tests.Text;

/// <summary>
/// The sentence splitter measured on its own, on <c>corpus/splitting/hard-cases.txt</c>:
/// <c>dotnet test --filter FullyQualifiedName~SplitterHardCase --logger "console;verbosity=detailed"</c> prints the
/// score and every failing case.
/// </summary>
public class SplitterHardCaseTests(ITestOutputHelper output)
{
    private const double RequiredScore = 0.95;
    private const int MinimumCases = 80;

    [Fact]
    public void Splits_at_least_95_percent_of_the_hard_cases_exactly()
    {
        IReadOnlyList<SplitterHardCaseResult> results = SplitterHardCases.RunAll(AllianceAnalyzer.Default, SplitterHardCases.All);
        List<SplitterHardCaseResult> failures = [.. results.Where(r => !r.Passed)];
        double score = (double)(results.Count - failures.Count) / results.Count;
        output.WriteLine($"{results.Count - failures.Count} of {results.Count} cases split exactly ({score:P1})");
        output.WriteLine(SplitterHardCases.Describe(failures));

        score.Should().BeGreaterThanOrEqualTo(
            RequiredScore,
            "{0} of {1} cases split exactly ({2:P1}); failing cases:\n{3}",
            results.Count - failures.Count, results.Count, score, SplitterHardCases.Describe(failures));
    }

    [Fact]
    public void The_set_has_enough_cases_and_covers_every_category()
    {
        IReadOnlyList<SplitterHardCase> cases = SplitterHardCases.All;

        cases.Should().HaveCountGreaterThanOrEqualTo(MinimumCases);
        cases.Select(c => c.Category).Distinct().Should().BeEquivalentTo(SplitterHardCases.Categories,
            "every case names a known category and every category has a case");
        cases.Should().OnlyContain(c => c.Input.Trim().Length > 0 && c.Expected.Count > 0, "every case has an input and expected sentences");
    }

    [Fact]
    public void Parser_reads_multi_line_inputs_and_collapses_expected_whitespace()
    {
        const string file = "# header\n\n=== wire-copy | two lines\nOne line\nwrapped.\n\n--- expect\nOne line  wrapped.\n\n=== heading | x\n## Title\n--- expect\nTitle\n";

        IReadOnlyList<SplitterHardCase> cases = SplitterHardCases.Parse(file);

        cases.Should().HaveCount(2);
        cases[0].Should().BeEquivalentTo(new { Line = 3, Category = "wire-copy", Note = "two lines", Input = "One line\nwrapped." });
        cases[0].Expected.Should().Equal("One line wrapped.");
        cases[1].Input.Should().Be("## Title");
        cases[1].Expected.Should().Equal("Title");
    }

    [Fact]
    public void Parser_rejects_a_case_without_expected_sentences_marker()
    {
        Action parse = () => SplitterHardCases.Parse("=== list | x\n- item\n=== list | y\n- item\n--- expect\nitem\n");

        parse.Should().Throw<FormatException>().WithMessage("*line 3*line 1*");
    }

    [Fact]
    public void A_case_fails_when_one_boundary_differs()
    {
        SplitterHardCase wrong = new(1, "abbreviation", "deliberately wrong", "Gen. Petrov left. He flew home.", ["Gen.", "Petrov left. He flew home."]);

        SplitterHardCaseResult result = SplitterHardCases.Run(AllianceAnalyzer.Default, wrong);

        result.Passed.Should().BeFalse();
        result.Actual.Should().Equal("Gen. Petrov left.", "He flew home.");
        SplitterHardCases.Describe([result]).Should().Contain("[abbreviation] deliberately wrong").And.Contain("  | Gen. Petrov left.");
    }
}
