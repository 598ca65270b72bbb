namespace AllianceAnalysis.Tests.Regression;

/// <summary>Bugs found by unit tests of the lexicon and matcher, pinned at the level users see them.</summary>
public class LexiconRegressionTests
{
    private static IReadOnlyList<Claim> Claims(string text) => AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims;

    [Fact]
    public void Noted_is_an_attribution_not_a_negation()
    {
        Claim claim = Claims("Lavrov noted that Iran supplied drones to Russia.").Should().ContainSingle().Subject;

        claim.Polarity.Should().Be(Polarity.Affirmed);
        claim.AttributedTo!.Text.Should().Be("Lavrov");
    }

    [Fact]
    public void Not_is_a_negation_not_an_attribution()
    {
        Claim claim = Claims("Iran did not supply drones to Russia.").Should().ContainSingle().Subject;

        claim.Polarity.Should().Be(Polarity.Negated);
        claim.AttributedTo.Should().BeNull();
    }

    [Theory]
    [InlineData("Russia came to Damascus' aid.", "RUS", "SYR")]
    [InlineData("Russia came to Syria's aid.", "RUS", "SYR")]
    public void A_gap_may_hold_a_possessive_apostrophe(string text, string source, string target)
    {
        Claims(text).Should().ContainSingle(c => c.Relation == "defense-pact")
            .Which.Should().Match<Claim>(c => new[] { c.Source, c.Target }.Order().SequenceEqual(new[] { source, target }.Order()));
    }

    [Fact]
    public void A_sentence_final_no_is_a_negation_not_the_abbreviation_of_number()
    {
        Claims("Asked whether Iran would supply drones to Russia, Tehran said no.").Should().BeEmpty();
        Claims("Russia has signed no trade agreement with Iran.").Should().ContainSingle().Which.Polarity.Should().Be(Polarity.Negated);
    }
}
