namespace AllianceAnalysis.Tests.Relations;

/// <summary>The doer's last event supplies a missing done-to: nearby always, further back only while it is in focus.</summary>
public class LastEventTests
{
    private const string Filler = " The markets fell. Oil prices rose. Airlines cancelled flights. Schools closed early. Officials met late. Analysts were divided. Crowds gathered downtown.";

    private static string ClaimsOfLast(string text)
    {
        DocumentAnalysis analysis = AllianceAnalyzer.Default.Analyze(new Document("t", text));
        int last = analysis.Sentences.Count - 1;
        return string.Join(" | ", analysis.Claims.Where(c => c.Evidence.Sentence == last).Select(c => $"{c.Source}->{c.Target} {c.Relation}"));
    }

    [Fact]
    public void A_recent_event_gives_its_done_to()
    {
        ClaimsOfLast("Israel struck Iranian nuclear sites on Friday. Turkey condemned Israel's strikes.")
            .Should().Be("TUR->ISR condemnation | ISR->IRN military-strike");
    }

    [Fact]
    public void An_older_event_gives_its_done_to_when_the_sentence_names_it_on_an_event_noun()
    {
        ClaimsOfLast("Israel struck Iranian nuclear sites on Friday." + Filler + " Iran's allies have condemned Israel's strikes.")
            .Should().Contain("ISR->IRN military-strike");
    }

    [Fact]
    public void An_older_event_is_out_of_focus_when_the_sentence_does_not_name_its_done_to()
    {
        ClaimsOfLast("Israel struck Iranian nuclear sites on Friday." + Filler + " Turkey condemned Israel's strikes.")
            .Should().Be("TUR->ISR condemnation");
    }
}
