namespace AllianceAnalysis.Tests.Pipeline;

/// <summary>An agreement is read as what it is about: "a treaty on security guarantees" is a defence pact, not a partnership.</summary>
public class AgreementSubjectsTests
{
    private static string Claims(string text) => string.Join(" | ",
        AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims.Select(c => $"{c.Source}->{c.Target} {c.Relation}"));

    [Theory]
    [InlineData("Russia and Belarus signed a treaty on security guarantees.", "BLR->RUS defense-pact")]
    [InlineData("Russia and Belarus signed a treaty on military cooperation.", "BLR->RUS military-cooperation")]
    [InlineData("Russia and North Korea signed a mutual defence treaty.", "PRK->RUS defense-pact")]
    [InlineData("Armenia and France signed an agreement on closer defence cooperation.", "ARM->FRA military-cooperation")]
    [InlineData("Russia and Iran signed a comprehensive strategic partnership treaty.", "IRN->RUS strategic-partnership")]
    [InlineData("Russia and Iran signed a treaty in Moscow.", "IRN->RUS strategic-partnership")]
    public void An_agreement_trigger_gives_way_to_the_relation_its_subject_names(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void Explain_says_which_subject_the_agreement_was_read_as()
    {
        SentenceExplanation explanation = AllianceAnalyzer.Default.Explain(new Document("t", "Russia and Belarus signed a treaty on military cooperation."), 0)!;

        explanation.Rules.Should().Contain(r => r.Trigger.Text == "signed a treaty" && !r.Fired
            && r.Outcome == "not tried: the agreement is read as what it is about, 'military cooperation'");
    }
}
