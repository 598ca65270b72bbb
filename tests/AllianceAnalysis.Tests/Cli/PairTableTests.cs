using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Cli;
using AllianceAnalysis.Tests.Support;
using Spectre.Console;

namespace AllianceAnalysis.Tests.Cli;

public class PairTableTests
{
    [Theory]
    [InlineData(0.912, "+0.91")]
    [InlineData(-0.866, "\u22120.87")]
    [InlineData(0.0, "+0.00")]
    [InlineData(-0.001, "+0.00")]
    [InlineData(1.0, "+1.00")]
    public void Scores_have_two_decimals_and_a_sign(double score, string expected)
    {
        PairTable.Score(score).Should().Be(expected);
    }

    [Fact]
    public void One_row_per_unordered_pair_listing_up_to_eight_relations_by_absolute_score()
    {
        var aggregator = new RelationAggregator();
        aggregator.AddRange(
        [
            TestClaims.Make("a", "t1", 0.5, relation: "trade"),
            TestClaims.Make("b", "t2", 0.6, relation: "trade"),
            TestClaims.Make("a", "d1", 0.87, Polarity.Negated, relation: "defense-pact"),
            TestClaims.Make("a", "x1", 0.3, relation: "energy"),
            TestClaims.Make("a", "x2", 0.2, relation: "financial"),
            TestClaims.Make("a", "x3", 0.1, relation: "sanctions"),
            TestClaims.Make("a", "x4", 0.15, relation: "military-cooperation"),
            TestClaims.Make("a", "x5", 0.12, relation: "strategic-partnership"),
            TestClaims.Make("a", "x6", 0.11, relation: "mediation"),
            TestClaims.Make("a", "x7", 0.05, relation: "warning"),
            TestClaims.Make("a", "r1", 0.9, source: "RUS", target: "IRN", relation: "arms"),
            TestClaims.Make("a", "u1", 0.4, source: "USA", target: "IRN", relation: "sanctions"),
        ]);
        Table table = PairTable.Build(aggregator.ToRelations())!;
        var writer = new StringWriter();

        Consoles.CreatePlain(writer).Write(table);

        string rendered = writer.ToString();
        rendered.Should().NotContain("\u001b", "captured output is plain text");
        table.Rows.Should().HaveCount(2);
        rendered.Should().Contain("IRN – RUS").And.Contain("IRN – USA");
        string[] irnRus = Lines(rendered, "arms (RUS→IRN)", "trade", "defense-pact", "energy", "financial", "military-cooperation", "strategic-partnership", "mediation");
        irnRus.Should().HaveCount(8);
        rendered.Should().Contain("arms (RUS→IRN) +0.90 (1/0)")
            .And.Contain("defense-pact \u22120.87 (0/1)")
            .And.Contain("trade +0.80 (2/0)")
            .And.Contain("energy +0.30 (1/0)")
            .And.Contain("financial +0.20 (1/0)")
            .And.NotContain("warning", "only the eight strongest relations of a pair are listed")
            .And.Contain("sanctions (USA→IRN) +0.40 (1/0)");
        rendered.IndexOf("arms (RUS", StringComparison.Ordinal).Should().BeLessThan(rendered.IndexOf("defense-pact", StringComparison.Ordinal));
        rendered.IndexOf("defense-pact", StringComparison.Ordinal).Should().BeLessThan(rendered.IndexOf("trade", StringComparison.Ordinal));
    }

    [Fact]
    public void No_relations_means_no_table()
    {
        PairTable.Build(RelationSet.Empty).Should().BeNull();
    }

    private static string[] Lines(string rendered, params string[] needles) =>
        [.. rendered.Split('\n').Where(line => needles.Any(n => line.Contains(n, StringComparison.Ordinal)))];
}
