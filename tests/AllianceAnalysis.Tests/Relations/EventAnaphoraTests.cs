using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Tests.Relations;

/// <summary>
/// Event anaphora: "this" and a generic event noun ("This support", "this agreement") restate an event of the last two
/// sentences with its relation and participants, qualified by the anaphor's own sentence.
/// </summary>
public class EventAnaphoraTests
{
    /// <summary>The claims of one sentence of <paramref name="text"/>, as "SRC->TGT relation polarity modality".</summary>
    private static string ClaimsOf(string text, int sentence, AllianceAnalyzer? analyzer = null) => string.Join(" | ",
        (analyzer ?? AllianceAnalyzer.Default).Analyze(new Document("t", text)).Claims
            .Where(c => c.Evidence.Sentence == sentence)
            .Select(c => $"{c.Source}->{c.Target} {c.Relation} {c.Polarity.ToString().ToLowerInvariant()} {c.Modality.ToString().ToLowerInvariant()}"));

    [Theory]
    [InlineData("Iran has sent drones to Russia. This support has been crucial for Moscow.", "IRN->RUS arms affirmed asserted")]
    [InlineData("Iran has sent drones to Russia. This direct military assistance changed the war.", "IRN->RUS arms affirmed asserted")]
    [InlineData("Germany delivered tanks to Ukraine. These deliveries arrived in March.", "DEU->UKR arms affirmed asserted")]
    [InlineData("The European Union imposed sanctions on Belarus. These measures hit potash exports.", "EU->BLR sanctions affirmed asserted")]
    public void An_event_noun_after_this_restates_the_event_told_before(string text, string expected)
    {
        ClaimsOf(text, 1).Should().Be(expected);
    }

    [Fact]
    public void A_noun_restates_every_event_it_fits_but_a_trigger_with_a_modifier_only_its_own_relation()
    {
        const string Told = "Iran sold drones to Russia and signed a trade agreement with Moscow. ";

        ClaimsOf(Told + "This deal worries Kyiv.", 1).Should().Be("IRN->RUS arms affirmed asserted | IRN->RUS trade affirmed asserted");
        ClaimsOf(Told + "This arms deal worries Kyiv.", 1).Should().Be("IRN->RUS arms affirmed asserted");
    }

    [Theory]
    // "support" fits arms, diplomatic support and military cooperation, not energy
    [InlineData("Russia supplies gas to Serbia. This support has been crucial.")]
    // a bare "this" names no event
    [InlineData("Kazakhstan and Russia are linking their payment systems. This is a significant step.")]
    // an actor of the phrase's own that the event does not have
    [InlineData("Iran has sent drones to Russia. This support for Venezuela worries Washington.")]
    // a possessive determines the noun: "this winter's contract" is not "this contract"
    [InlineData("Russia supplies gas to Serbia. This winter's supply contract was signed early.")]
    // a verb, not a noun: a determiner follows it
    [InlineData("Russia supplies gas to Serbia. This supports the view that Belgrade depends on Moscow.")]
    public void No_event_is_restated_by_a_phrase_that_does_not_refer_to_it(string text)
    {
        ClaimsOf(text, 1).Should().BeEmpty();
    }

    [Fact]
    public void Only_the_last_two_sentences_hold_an_antecedent()
    {
        ClaimsOf("Iran has sent drones to Russia. The war dragged on. This support has been crucial.", 2)
            .Should().Be("IRN->RUS arms affirmed asserted");
        ClaimsOf("Iran has sent drones to Russia. The war dragged on. Prices rose sharply. This support has been crucial.", 3)
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData("Iran did not send missiles to Russia. This support continued through the spring.")]
    [InlineData("Iran could send drones to Russia. This support would be crucial.")]
    public void A_negated_or_hypothetical_event_is_no_antecedent(string text)
    {
        ClaimsOf(text, 1).Should().BeEmpty();
    }

    [Fact]
    public void Polarity_and_modality_come_from_the_anaphor_s_own_sentence()
    {
        ClaimsOf("Iran has sent drones to Russia. Reportedly, this support has grown.", 1).Should().Be("IRN->RUS arms affirmed hedged");
    }

    [Fact]
    public void An_event_whose_participants_were_named_outranks_a_newer_one_of_the_pair_under_discussion()
    {
        // "Exports also grew" is trade of the pair under discussion; the reactors name Russia and Iran.
        ClaimsOf("Russia and Iran deepened ties. Russia agreed to build two nuclear reactors in Iran. Exports also grew. This collaboration is significant.", 3)
            .Should().Be("RUS->IRN energy affirmed asserted");
        ClaimsOf("Russia and Iran deepened ties. Exports also grew. This collaboration is significant.", 2)
            .Should().Be("IRN->RUS trade affirmed asserted");
    }

    [Fact]
    public void What_the_sentence_states_itself_replaces_the_restated_event()
    {
        ClaimsOf("Russia and Iran hold joint exercises every year. The nature of this cooperation is likely to focus on intelligence sharing.", 1)
            .Should().Be("IRN->RUS military-cooperation affirmed hedged");
    }

    [Fact]
    public void Explain_says_which_event_the_anaphor_restates()
    {
        SentenceExplanation explanation = AllianceAnalyzer.Default.Explain(new Document("t", "Iran has sent drones to Russia. This support has been crucial."), 1)!;

        explanation.Rules.Should().Contain(r => r.Fired && r.Trigger.Text == "This support" && r.Outcome.Contains("event anaphor") && r.Outcome.Contains("arms event of sentence 0"));
        explanation.Rules.Should().Contain(r => !r.Fired && r.Trigger.Text == "support" && r.Outcome.Contains("inside an event anaphor"));
    }

    [Fact]
    public void A_later_pack_gives_a_relation_type_its_own_anaphors()
    {
        const string Text = "Russia warned Poland on Monday. This signal was heard clearly.";
        AllianceAnalyzer extended = AllianceAnalyzer.CreateBuilder().AddPack(RulePack.Parse("""
            pack: { id: extra, version: 1.0.0 }
            relation-types:
              - { id: warning, symmetric: false, valence: negative, description: Warnings., anaphors: [signal] }
            """, "extra.yaml")).Build();

        ClaimsOf(Text, 1).Should().BeEmpty();
        ClaimsOf(Text, 1, extended).Should().Be("RUS->POL warning affirmed asserted");
    }

    [Theory]
    [InlineData("relation-types:\n  - { id: trade, symmetric: true, anaphors: [trade deal] }\n", "must be a single word")]
    [InlineData("cues: { anaphor-determiners: [the same] }\n", "must be a single word")]
    public void Anaphor_nouns_and_determiners_must_be_single_words(string yaml, string reason)
    {
        Action act = () => RulePack.Parse("pack: { id: extra, version: 1.0.0 }\n" + yaml, "extra.yaml");

        act.Should().Throw<RulePackException>().Which.Reason.Should().Contain(reason);
    }
}
