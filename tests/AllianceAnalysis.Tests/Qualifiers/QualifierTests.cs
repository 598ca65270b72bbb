namespace AllianceAnalysis.Tests.Qualifiers;

/// <summary>Polarity, modality, cues, attribution and time, as the analyzer reports them on single sentences.</summary>
public class QualifierTests
{
    private static IReadOnlyList<Claim> Claims(string text) => AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims;

    private static Claim Single(string text, string relation) => Claims(text).Should().ContainSingle(c => c.Relation == relation).Subject;

    [Theory]
    [InlineData("The treaty between Russia and Iran does not include a mutual defense clause.", Polarity.Negated, "negation:not")]
    [InlineData("Russia declined to defend Iran.", Polarity.Negated, "negation:declined to")]
    [InlineData("Moscow isn't rushing to Tehran's aid.", Polarity.Negated, "negation:n't")]
    [InlineData("There is little evidence of a defense pact between Russia and Iran.", Polarity.Negated, "negation:little evidence of")]
    [InlineData("It is not true that Russia refused to defend Iran.", Polarity.Negated, "negation:refused to")]
    [InlineData("Russia never refused to defend Iran.", Polarity.Affirmed, "negation:never|negation:refused to")]
    [InlineData("Not only Russia but also China defended Iran.", Polarity.Affirmed, "")]
    public void Negation_has_scope_and_two_negations_cancel(string text, Polarity polarity, string cues)
    {
        Claim claim = Single(text, "defense-pact");

        claim.Polarity.Should().Be(polarity);
        string.Join("|", claim.Evidence.Cues.Select(c => $"{c.Kind}:{c.Text}")).Should().Be(cues);
    }

    [Theory]
    [InlineData("Iran is a strategic partner to Russia, but Moscow isn't rushing to Tehran's aid.", "strategic-partnership", Polarity.Affirmed)]
    [InlineData("Far from a mere transactional relationship, the ties between Tehran and Moscow became an alliance.", "strategic-partnership", Polarity.Affirmed)]
    public void Negation_stops_at_but_and_at_a_comma(string text, string relation, Polarity polarity)
    {
        Single(text, relation).Polarity.Should().Be(polarity);
    }

    [Theory]
    // "rather than" negates the phrase after it, not the clause before; a modal in a relative clause before it stays there.
    [InlineData("Russia wants a war that could hurt Israel, rather than an obligation to defend Iran.", "defense-pact", Polarity.Negated, Modality.Asserted)]
    [InlineData("Russia sold drones to Iran rather than an obligation to defend it.", "arms", Polarity.Affirmed, Modality.Asserted)]
    // A limit set to a commitment negates and hedges it.
    [InlineData("There is a limit to Russia's willingness to defend Iran.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    // So does a limiting predicate that ends the clause the relation is named in, but not one that goes on ("limited to").
    [InlineData("Russian military intervention to defend Iran remains limited.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    [InlineData("Russian military intervention to defend Iran remains limited, analysts said.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    [InlineData("Russian military intervention to defend Iran was limited to air cover.", "defense-pact", Polarity.Affirmed, Modality.Asserted)]
    // Support that "has limits" is still support, and strikes that "were limited" happened: "limited" limits only after a
    // verb of appearance or persistence.
    [InlineData("China's support for Russia has limits.", "diplomatic-support", Polarity.Affirmed, Modality.Asserted)]
    [InlineData("Israel's strikes on Iran were limited.", "military-strike", Polarity.Affirmed, Modality.Asserted)]
    [InlineData("A defence pact between Russia and Iran is unlikely.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    // A preference verb sets aside what its marker ranks below, up to the trigger; a bare "over" does not.
    [InlineData("Russia values its own security over an obligation to defend Iran.", "defense-pact", Polarity.Negated, Modality.Asserted)]
    [InlineData("Russia and Iran quarrelled over an obligation to defend each other.", "defense-pact", Polarity.Affirmed, Modality.Asserted)]
    // A contrast phrase is as certain as the main clause it is set against.
    [InlineData("Russia will likely focus on trade, rather than an obligation to defend Iran.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    // A limit governs the trigger; a negation inside the subject well before it does not cancel it.
    [InlineData("Its reluctance to sell arms suggests a clear limit to Russia's obligation to defend Iran.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    // After a limit, a topic phrase is what the limit is about, not a frame that asserts nothing.
    [InlineData("Analysts see clear limits to the alliance, particularly regarding Russia's obligation to defend Iran.", "defense-pact", Polarity.Negated, Modality.Hedged)]
    public void Limiters_negate_what_they_govern(string text, string relation, Polarity polarity, Modality modality)
    {
        Claim claim = Single(text, relation);

        claim.Polarity.Should().Be(polarity);
        claim.Modality.Should().Be(modality);
    }

    [Theory]
    [InlineData("Russia seems ready to supply drones to Iran.", Modality.Hedged)]
    [InlineData("Russia will supply drones to Iran.", Modality.Intended)]
    [InlineData("Russia is expected to supply drones to Iran.", Modality.Intended)]
    [InlineData("If Russia supplies drones to Iran, the war will widen.", Modality.Hypothetical)]
    [InlineData("Russia could supply drones to Iran.", Modality.Hypothetical)]
    [InlineData("It seems that Russia supplied drones to Iran.", Modality.Hedged)]
    [InlineData("Russia supplied drones to Iran.", Modality.Asserted)]
    [InlineData("Russia has not offered to supply drones to Iran.", Modality.Asserted)]
    [InlineData("Russia will not offer to supply drones to Iran.", Modality.Intended)]
    [InlineData("Russia has offered to supply drones to Iran.", Modality.Intended)]
    [InlineData("Diplomats doubt that Russia would supply drones to Iran.", Modality.Hedged)]
    public void Modality_comes_from_cues_in_the_clause(string text, Modality modality)
    {
        Single(text, "arms").Modality.Should().Be(modality);
    }

    [Theory]
    [InlineData("Would Russia defend Iran?")]
    [InlineData("Analysts ask whether Russia would defend Iran.")]
    [InlineData("The answer to \"would Russia defend Iran\" is complicated.")]
    public void Questions_assert_nothing(string text)
    {
        Claims(text).Should().BeEmpty();
    }

    [Fact]
    public void A_directive_reports_the_warning_but_not_the_strike_it_forbids()
    {
        var claims = Claims("Moscow warned Washington not to strike Iran.");

        claims.Should().ContainSingle().Which.Should().Match<Claim>(c => c.Relation == "warning" && c.Source == "RUS" && c.Target == "USA" && c.Polarity == Polarity.Affirmed);
    }

    [Fact]
    public void Reported_speech_is_attributed_to_the_speaker_and_the_actor_they_speak_for()
    {
        const string text = "Furthermore, Russian Foreign Minister Sergei Lavrov stated that Russia and Iran intend to sign a comprehensive treaty.";

        Claim claim = Single(text, "strategic-partnership");

        claim.AttributedTo.Should().Be(new Attribution("Russian Foreign Minister Sergei Lavrov", "RUS", 13, 51));
        text[claim.AttributedTo!.Start..claim.AttributedTo.End].Should().Be(claim.AttributedTo.Text);
        (claim.Source, claim.Target, claim.Modality).Should().Be(("IRN", "RUS", Modality.Intended));
    }

    [Theory]
    [InlineData("As Suleymanov noted, a treaty does not mean Russia is obliged to defend Iran.", "Suleymanov", null)]
    [InlineData("Russia will defend Iran, Lavrov said.", "Lavrov", "RUS")]
    [InlineData("According to Peskov, Russia will defend Iran.", "Peskov", "RUS")]
    [InlineData("Russia will defend Iran, diplomats in the region say.", "diplomats in the region", null)]
    [InlineData("Russia will defend Iran, the Russian foreign ministry said.", "the Russian foreign ministry", "RUS")]
    [InlineData("According to a Stockholm-based research institute, Russia will defend Iran.", "a Stockholm-based research institute", null)]
    [InlineData("Russia will defend Iran, a Chinese foreign ministry spokesperson said.", "a Chinese foreign ministry spokesperson", "CHN")]
    [InlineData("Russia will defend Iran, two Russian officials said on Monday.", "two Russian officials", "RUS")]
    [InlineData("Western governments said Russia will defend Iran.", "Western governments", null)]
    [InlineData("\"Russia will defend Iran,\" Kremlin spokesman Dmitry Peskov told reporters.", "Kremlin spokesman Dmitry Peskov", "RUS")]
    [InlineData("Russia will defend Iran, Foreign Minister Sergei Lavrov said last week.", "Foreign Minister Sergei Lavrov", "RUS")]
    public void Attribution_patterns(string text, string speaker, string? actor)
    {
        Claim claim = Single(text, "defense-pact");

        claim.AttributedTo!.Text.Should().Be(speaker);
        claim.AttributedTo.Actor.Should().Be(actor);
        (claim.Source, claim.Target).Should().Be(("IRN", "RUS"));
    }

    [Fact]
    public void A_joint_statement_attributes_each_actors_own_claim_to_that_actor()
    {
        var claims = Claims("Russia and China said in a joint statement that they opposed any use of force against Iran.");

        claims.Where(c => c.Target == "IRN").Select(c => $"{c.Source}:{c.AttributedTo?.Actor}:{c.AttributedTo?.Text}")
            .Should().BeEquivalentTo(["RUS:RUS:Russia", "CHN:CHN:China"]);
    }

    [Fact]
    public void A_conjunct_the_speakers_open_after_the_reported_clause_is_not_reported()
    {
        var claims = Claims("Britain and France said in a joint statement that the transfer was dangerous, and they announced sanctions on Iran.");

        claims.Where(c => c.Relation == "sanctions").Should().HaveCount(2).And.OnlyContain(c => c.AttributedTo == null);
    }

    [Theory]
    [InlineData("Iran has acknowledged sending a small number of drones to Russia.")]
    [InlineData("Iran has acknowledged supplying drones to Russia.")]
    [InlineData("Iran on Thursday denied supplying drones to Russia.")]
    [InlineData("Iran has long denied any arms transfers to Russia.")]
    public void A_gerund_after_a_reporting_verb_is_the_speakers_own_act(string text)
    {
        Claim claim = Single(text, "arms");

        (claim.Source, claim.Target, claim.AttributedTo?.Actor).Should().Be(("IRN", "RUS", "IRN"));
    }

    [Fact]
    public void A_speaker_after_a_relative_pronoun_reports_the_rest_of_the_sentence()
    {
        Claim claim = Single("Israel struck depots, the latest in a series of raids that Lebanese officials say violate the ceasefire brokered by the United States.", "mediation");

        (claim.Source, claim.AttributedTo?.Actor).Should().Be(("USA", "LBN"));
    }

    [Fact]
    public void A_that_clause_after_and_stays_reported()
    {
        Single("Lukashenko said that warheads had been moved to Belarus, and that Minsk expects to receive missile systems from Russia.", "arms")
            .AttributedTo!.Actor.Should().Be("BLR");
    }

    [Theory]
    [InlineData("Last week, Russia signed an agreement to build nuclear reactors in Iran.", "Last week")]
    [InlineData("Russia invaded Ukraine in February 2022.", "February 2022")]
    [InlineData("Russia invaded Ukraine.", null)]
    public void Time_expressions_are_kept(string text, string? time)
    {
        Claims(text).Should().ContainSingle().Which.Time.Should().Be(time);
    }

    [Theory]
    [InlineData("MUSCAT, May 11 (Meridian Wire) - Oman hosted talks between Iran and the United States.")]
    [InlineData("In May, Oman hosted talks between Iran and the United States.")]
    public void A_capitalised_may_in_mid_sentence_is_the_month_not_a_hedge(string text)
    {
        Claims(text).Should().NotBeEmpty().And.OnlyContain(c => c.Modality == Modality.Asserted);
    }

    [Fact]
    public void Sentence_initial_may_is_still_a_hedge()
    {
        Single("May Russia supply drones to Iran, the talks would stall.", "arms").Modality.Should().NotBe(Modality.Asserted);
    }
}
