namespace AllianceAnalysis.Tests.Relations;

/// <summary>Who is source and who is target, as argument roles decide: "SRC->TGT relation" per claim.</summary>
public class RelationExtractorTests
{
    private static string Claims(string text) => string.Join(" | ",
        AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims.Select(c => $"{c.Source}->{c.Target} {c.Relation}"));

    [Theory]
    [InlineData("Iran supplied drones to Russia.", "IRN->RUS arms")]
    [InlineData("Drones were supplied to Russia by Iran.", "IRN->RUS arms")]
    [InlineData("Russia supplied Iran with fighter jets.", "RUS->IRN arms")]
    [InlineData("Israel struck Iran.", "ISR->IRN military-strike")]
    [InlineData("Israeli strikes on Iranian targets continued.", "ISR->IRN military-strike")]
    [InlineData("Israel's strikes against Iran drew condemnation.", "ISR->IRN military-strike")]
    [InlineData("The invasion of Ukraine by Russia shocked Europe.", "RUS->UKR military-strike")]
    [InlineData("China condemned Israel.", "CHN->ISR condemnation")]
    public void Directed_relations_take_source_and_target_from_roles(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia and China condemned Israel.", "RUS->ISR condemnation | CHN->ISR condemnation")]
    [InlineData("Iran's key global allies, Russia and China, have condemned Israel's strikes.",
        "IRN->RUS strategic-partnership | CHN->IRN strategic-partnership | RUS->ISR condemnation | CHN->ISR condemnation")]
    public void Coordinated_actors_yield_a_claim_each(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Russian jets bombed Ukrainian cities overnight.", "RUS->UKR military-strike")]
    [InlineData("Chinese jets attacked Indian border posts.", "CHN->IND military-strike")]
    // the actor modifies a relation noun of its own ("frigates"), behind a verb that is no trigger
    [InlineData("Russian warships shadowed British frigates in the Channel.", "")]
    // a trigger no actor modifies keeps the object after a relation noun ("ally")
    [InlineData("Moscow is unprepared to help strategic ally Iran militarily.", "IRN->RUS defense-pact | IRN->RUS strategic-partnership")]
    public void An_actor_after_a_relation_verb_is_its_object_not_that_of_the_modified_noun_before_it(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia and Iran signed a trade agreement.", "IRN->RUS trade")]
    [InlineData("Trade between Russia and Iran grew.", "IRN->RUS trade")]
    [InlineData("Russia's trade with Iran grew.", "IRN->RUS trade")]
    [InlineData("The Iran-Russia partnership deepened.", "IRN->RUS strategic-partnership")]
    public void Symmetric_relations_are_written_in_alphabetical_order(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    // The preposition before a counted noun phrase still governs the actor in it.
    [InlineData("The European Union imposed travel bans on 20 Russian officials.", "EU->RUS sanctions")]
    [InlineData("The European Union imposed asset freezes and travel bans on 20 Russian officials.", "EU->RUS sanctions")]
    [InlineData("Canada imposed travel bans on the six Belarusian officials.", "CAN->BLR sanctions")]
    // A number right after a verb trigger counts its object.
    [InlineData("The State Department designated 12 Russian entities.", "USA->RUS sanctions")]
    public void A_count_before_an_actor_does_not_hide_its_role(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void A_count_after_a_later_verb_is_not_the_object_of_an_earlier_noun_trigger()
    {
        Claims("Ukrainian air defences shot down 40 Russian drones overnight.").Should().NotContain("arms");
    }

    [Fact]
    public void A_trigger_spanning_a_relative_pronoun_finds_its_object_in_the_clause_it_ends_in()
    {
        Claims("North Korea sent troops who fought alongside Russian forces.").Should().Be("PRK->RUS military-cooperation");
    }

    [Theory]
    // The subject of a purchase verb receives every weapon the clause names, and supplies none of them.
    [InlineData("Tehran expects Russian fighter jets and air-defence systems in return.", "RUS->IRN arms")]
    // A verb taking an infinitive is no purchase: the subject delivers.
    [InlineData("Moscow is expected to deliver fighter jets to Tehran next year.", "RUS->IRN arms")]
    public void The_subject_of_a_purchase_verb_is_never_the_supplier(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void The_nearest_modifier_of_a_trigger_is_its_modifier()
    {
        // "Indian" opens the subject noun phrase; "Russian" modifies the oil.
        Claims("Indian refiners bought Russian oil.").Should().Be("RUS->IND energy");
    }

    [Fact]
    public void A_gerund_after_a_thanks_takes_the_demonym_named_object_as_subject()
    {
        Claims("Putin thanked North Korean soldiers for helping Russian troops in Kursk.").Should().Be("PRK->RUS military-cooperation");
    }

    [Fact]
    public void A_trigger_owned_by_a_pronoun_in_an_adjunct_does_not_take_the_clause_subject()
    {
        // "their purchases" are the refineries', not the United States'.
        Claims("The United States sanctioned Chinese teapot refineries over their purchases of Iranian crude.").Should().NotContain("IRN->USA");
        // A part of the subject's own stays the subject's.
        Claims("Armenia buys nearly all of its gas from Gazprom.").Should().Be("RUS->ARM energy");
    }

    [Fact]
    public void Bilateral_refers_to_the_pair_under_discussion()
    {
        Claims("Russia and Iran deepened ties. Bilateral trade doubled.").Should().Be("IRN->RUS trade");
        Claims("Bilateral trade doubled.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Russia and Iran deepened ties. The evidence strongly suggests a strategic alliance.", "IRN->RUS strategic-partnership")]
    [InlineData("Russia and Iran deepened ties. This cooperation spans intelligence sharing and military exercises.", "IRN->RUS military-cooperation")]
    [InlineData("Russia and Iran deepened ties. The provision of drones by Iran has been widely reported.", "IRN->RUS arms")]
    // The agent of the relation noun that opens the clause is the agent of what it is spelled out as.
    [InlineData("Russia and Iran deepened ties. Russia's support will continue in the form of arms transfers.", "RUS->IRN arms")]
    public void A_relation_word_without_participants_belongs_to_the_pair_under_discussion(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    // Another actor in the clause: the relation word is about it, not about the earlier pair.
    [InlineData("Russia and Iran deepened ties. Trade with China doubled.")]
    // The other member of the pair is named, and the roles did not take it.
    [InlineData("Russia and Ukraine traded accusations. Ukrainian grain exports recovered despite Russian drone attacks.")]
    // The pair was named too long ago.
    [InlineData("Russia and Iran deepened ties. Markets fell. Prices rose. Analysts were surprised. Officials met. The evidence suggests a strategic alliance.")]
    // Nothing to refer to.
    [InlineData("The evidence strongly suggests a strategic alliance.")]
    // A reflexive turns the act on its subject: defending oneself is no defence commitment.
    [InlineData("Russia and Iran deepened ties. Tehran must now defend itself.")]
    public void The_topic_pair_is_not_used_where_the_sentence_points_elsewhere(string text)
    {
        Claims(text).Should().BeEmpty();
    }

    [Theory]
    // The doer of what "rather than" sets aside is the main clause's subject, or its first possessive, across a relative clause.
    [InlineData("Russia wants calm that could help trade, rather than an obligation to defend Iran.", "IRN->RUS defense-pact")]
    [InlineData("Russia's aim is calm that could help trade, rather than an obligation to defend Iran.", "IRN->RUS defense-pact")]
    // The partner may come from the pair under discussion even though the main clause names it.
    [InlineData("Russia and Iran signed a treaty. The nature of Russia's help is about Iran's economy, rather than a security guarantee.",
        "IRN->RUS strategic-partnership | IRN->RUS defense-pact")]
    // The main clause's buyer buys what the contrast phrase sets aside; a modifier before the contrast is not its maker.
    [InlineData("India buys Russian oil rather than Saudi crude.", "RUS->IND energy | SAU->IND energy")]
    public void A_contrast_phrase_takes_its_doer_from_the_main_clause(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void A_contrast_phrase_does_not_take_the_topic_pair_when_the_sentence_names_another_actor()
    {
        Claims("Russia and Iran signed a treaty. Russia's help to China is economic, rather than a security guarantee.")
            .Should().NotContain("IRN->RUS defense-pact");
    }

    [Theory]
    // Inside a trigger, the named possessor is the one the trigger's noun belongs to, not the adversary before it.
    [InlineData("Russia refused to confront Israel on Iran's behalf.", "IRN->RUS defense-pact")]
    // A possessive pronoun inside a trigger is not preferred: it is the doer's own.
    [InlineData("Washington added Chinese firms to its entity list.", "USA->CHN sanctions")]
    public void Inside_a_trigger_a_named_possessor_comes_first(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    // A clause after "yet" or "but" is a statement of its own: the partner named before it does not keep the topic pair out.
    [InlineData("Russia and Iran deepened ties. Moscow signed treaties with Tehran, yet it has no defence pact.",
        "IRN->RUS strategic-partnership | IRN->RUS defense-pact")]
    // With a gap, the head before it decides the number: "military aid … in past conflicts" is no plural set of partners.
    [InlineData("Russia and Iran deepened ties. Russia has shown reluctance to offer direct military aid in past conflicts.", "IRN->RUS defense-pact")]
    public void The_topic_pair_supplies_the_partner_of_a_statement_that_names_one_member(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void A_pair_given_as_examples_of_a_larger_set_is_not_the_pair_under_discussion()
    {
        // "other … like" adds the pair to the actors named before it: four are under discussion, so no pair is.
        Claims("Russia, Iran and other states like China and North Korea are often grouped together. The bloc is no military alliance.")
            .Should().BeEmpty();
        // Without "other", the pair named last is under discussion.
        Claims("Russia, Iran and states like China and North Korea are often grouped together. The bloc is no military alliance.")
            .Should().Be("CHN->PRK defense-pact");
    }

    [Fact]
    public void A_doer_without_a_target_recalls_the_target_of_its_last_event_of_that_relation()
    {
        Claims("Israel struck Iran on Friday. China condemned Israeli strikes.").Should().Be("ISR->IRN military-strike | CHN->ISR condemnation | ISR->IRN military-strike");
        // Another doer: nothing to recall.
        Claims("Israel struck Iran on Friday. China condemned Turkish strikes.").Should().Be("ISR->IRN military-strike | CHN->TUR condemnation");
        // Only the doer recalls: many supply Ukraine, so a delivery to it names no supplier.
        Claims("Germany sent missiles to Ukraine. Moscow warned against the delivery of missiles to Ukraine.").Split(" | ")
            .Count(c => c == "DEU->UKR arms").Should().Be(1);
    }

    [Fact]
    public void Past_the_window_the_pair_the_document_names_most_is_the_topic()
    {
        const string named = "Russia and Iran signed a treaty. Russia and Iran held talks. Russia and Iran met again. ";
        const string filler = "Markets fell. Prices rose. Analysts were surprised. Officials met. ";

        Claims(named + filler + "The evidence suggests a strategic alliance.").Should().EndWith("IRN->RUS strategic-partnership");
        Claims("Russia and Iran signed a treaty. " + filler + "The evidence suggests a strategic alliance.").Should().NotContain("| IRN->RUS");
    }

    [Fact]
    public void Mediation_names_the_mediator_and_both_parties()
    {
        var claims = AllianceAnalyzer.Default.Analyze(new Document("t", "Oman mediated between Iran and the United States.")).Claims;

        claims.Select(c => $"{c.Source}->{c.Target} other={c.OtherParty}").Should().Equal("OMN->IRN other=USA", "OMN->USA other=IRN");
    }

    [Theory]
    [InlineData("Iranian and American negotiators met, with Omani officials carrying messages between the delegations.", "OMN->IRN mediation | OMN->USA mediation")]
    [InlineData("Iran and the United States held talks after Oman passed messages between them.", "OMN->IRN mediation | OMN->USA mediation")]
    public void A_group_after_a_preposition_right_before_an_ing_trigger_is_its_agent(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Washington is open to talks with Tehran but will keep sanctions on Iranian banks.", "USA->IRN sanctions")]
    [InlineData("Ankara trades with Moscow while supplying Kyiv with drones.", "RUS->TUR trade | TUR->UKR arms")]
    [InlineData("Iran sent drones to Russia before Moscow invaded Ukraine, but says it has not supplied any since.", "IRN->RUS arms | RUS->UKR military-strike | IRN->RUS arms")]
    public void A_clause_with_an_elided_subject_takes_the_subject_of_the_clause_before(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void Each_other_yields_both_directions()
    {
        Claims("Russia and Iran will continue to support each other.").Should().Be("RUS->IRN diplomatic-support | IRN->RUS diplomatic-support");
    }

    [Theory]
    [InlineData("Poland, which hosts the logistics hub, has sent tanks to Ukraine.", "POL->UKR arms")]
    [InlineData("Israel, which opposes the deal, has threatened to strike Iran.", "ISR->IRN military-strike")]
    [InlineData("Yemen's government, which is backed by Saudi Arabia, met Omani officials.", "SAU->YEM diplomatic-support")]
    public void The_antecedent_of_a_relative_clause_is_the_subject_of_the_resumed_main_clause(string text, string expected)
    {
        Claims(text).Should().Contain(expected);
    }

    [Theory]
    [InlineData("Armenia bought artillery from India and radars from France.", "IND->ARM arms | FRA->ARM arms")]
    [InlineData("Vietnam received Russian tanks.", "RUS->VNM arms")]
    [InlineData("Minsk expects to receive missile systems from Russia.", "RUS->BLR arms")]
    [InlineData("Lukashenko said warheads were moved to Belarus, and that Minsk expects to receive missile systems from Russia.", "RUS->BLR arms")]
    [InlineData("Armenia bought artillery.", "")]
    [InlineData("Ukraine shot down Russian drones.", "")]
    [InlineData("China supplies most of Pakistan's imports of weapons.", "")]
    public void The_subject_of_a_purchase_verb_receives_what_it_buys(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Pakistan operates Turkish-built corvettes.", "TUR->PAK arms")]
    [InlineData("Serbia displayed Chinese-made FK-3 surface-to-air missile systems.", "CHN->SRB arms")]
    [InlineData("Ukraine flies US-supplied fighter jets.", "USA->UKR arms")]
    [InlineData("A US Navy destroyer intercepted a dhow carrying Iranian-made missile parts bound for Yemen.", "")]
    [InlineData("Turkish-built drones attacked Armenian positions.", "")]
    public void An_origin_marked_maker_supplies_the_holder_only(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The European Union deployed a mission in Armenia, a move Moscow condemned as interference.", "RUS->EU condemnation")]
    [InlineData("Israel struck Iran, a step Beijing called unjustified.", "ISR->IRN military-strike | CHN->ISR condemnation")]
    [InlineData("Russia condemned the move.", "")]
    public void An_appositive_renaming_the_event_names_who_condemned_the_clause_subject(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia and China voted against reimposing sanctions on Iran.", "RUS->IRN diplomatic-support | CHN->IRN diplomatic-support | RUS->IRN sanctions negated | CHN->IRN sanctions negated")]
    [InlineData("Washington has no treaty obligation to come to Taiwan's defence.", "TWN->USA defense-pact negated")]
    public void A_preposition_ending_another_trigger_still_governs_its_object(string text, string expected)
    {
        string.Join(" | ", AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims
            .Select(c => $"{c.Source}->{c.Target} {c.Relation}" + (c.Polarity == Polarity.Negated ? " negated" : ""))).Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia and Iran face international sanctions.")]
    [InlineData("Israel and Iran sent delegations to Geneva.")]
    [InlineData("The weather in Moscow was cold.")]
    [InlineData("Russia's war against Ukraine and Iran's nuclear program dominate the news.")]
    public void Two_actors_and_no_relation_yield_nothing_wrong(string text)
    {
        Claims(text).Should().NotContain("sanctions").And.NotContain("IRN->ISR").And.NotContain("ISR->IRN").And.NotContain("->IRN military");
    }

    [Fact]
    public void A_group_after_a_comma_and_a_coordinator_is_the_subject_of_its_conjunct()
    {
        Claims("Israel and the United States struck Iran in June, and Iranian officials have criticised Washington.")
            .Should().Be("ISR->IRN military-strike | USA->IRN military-strike | IRN->USA condemnation");
    }

    private static string Qualified(string text) => string.Join(" | ",
        AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims.Select(c =>
            $"{c.Source}->{c.Target} {c.Relation} {c.Polarity.ToString().ToLowerInvariant()} {c.Modality.ToString().ToLowerInvariant()} {c.AttributedTo?.Actor ?? "-"}"));

    [Fact]
    public void A_rebuttal_by_a_participant_adds_the_accused_act_negated_and_attributed_to_it()
    {
        Qualified("Kyiv accused Minsk of allowing Russian troops to launch attacks on Ukraine, a charge Lukashenko has rejected.")
            .Should().Be("BLR->RUS military-cooperation affirmed asserted UKR | BLR->RUS military-cooperation negated asserted BLR | RUS->UKR military-strike affirmed asserted UKR");
    }

    [Fact]
    public void A_rebuttal_by_an_actor_outside_the_claim_adds_nothing()
    {
        Qualified("Officials in Kyiv say Russian troops launched attacks on Ukraine, a charge Lukashenko has rejected.")
            .Should().NotContain("negated");
    }

    [Fact]
    public void A_threat_gives_the_warning_the_threatened_acts_target_and_makes_the_act_hypothetical_and_the_threateners()
    {
        Qualified("Israel has threatened to strike Iranian nuclear facilities if diplomacy fails.")
            .Should().Be("ISR->IRN warning affirmed asserted - | ISR->IRN military-strike affirmed hypothetical ISR");
        Qualified("Chinese banks have grown cautious since Washington threatened them with secondary sanctions.")
            .Should().Be("USA->CHN warning affirmed asserted - | USA->CHN sanctions affirmed hypothetical USA");
    }

    [Fact]
    public void An_ing_trigger_after_a_preposition_takes_the_object_before_it_as_subject()
    {
        Claims("Kyiv accused Minsk of allowing Russian troops into the country.").Should().Be("BLR->RUS military-cooperation");
    }

    [Fact]
    public void An_actor_after_a_comparison_shares_the_predicate()
    {
        Claims("Russia remains China's largest supplier of crude oil, ahead of Saudi Arabia.").Should().Be("SAU->CHN energy | RUS->CHN energy");
    }

    [Fact]
    public void A_directed_relation_spelled_out_of_a_mutual_noun_after_a_pair_modifier_goes_both_ways()
    {
        Claims("Russia and Iran deepened ties. This cooperation spans many areas, including the exchange of defense technologies.")
            .Should().Contain("RUS->IRN arms").And.Contain("IRN->RUS arms");
        // A directed head ("this support") keeps its own direction; no pair modifier, no mutual head.
        Claims("Russia and Iran deepened ties. This support includes the exchange of defense technologies.")
            .Should().NotContain("RUS->IRN arms | IRN->RUS arms");
        Claims("Russia and Iran deepened ties. Cooperation spans many areas, including the exchange of defense technologies.")
            .Should().NotContain("arms");
    }

    [Theory]
    [InlineData("Russia maintains ties with Iran, one of its key allies, but also courts Israel.", "IRN->RUS strategic-partnership")]
    [InlineData("Russia maintains ties with Iran, its key ally.", "IRN->RUS strategic-partnership")]
    public void A_group_before_a_comma_is_renamed_by_the_possessed_noun_phrase_after_it(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Fact]
    public void A_possessed_noun_phrase_after_a_comma_needs_a_group_right_before_the_comma()
    {
        Claims("In Damascus last year, its key allies met.").Should().BeEmpty();
    }

    [Fact]
    public void A_prepositional_phrase_closing_a_comma_series_is_shared_by_every_conjunct()
    {
        Claims("Russia has provided military support, signed comprehensive treaties, and integrated economic systems with Iran.")
            .Should().Be("RUS->IRN arms | IRN->RUS strategic-partnership | IRN->RUS trade");
        // Without the series ("…, and …") or with another actor between, the phrase stays with its own conjunct.
        Claims("Russia signed comprehensive treaties, and later Iran held talks with China.").Should().NotContain("IRN->RUS strategic-partnership");
    }

    [Fact]
    public void A_group_possessing_a_symmetric_relation_noun_pairs_each_member_with_the_partner_after_it()
    {
        Claims("Countries such as Armenia or Belarus rely on Moscow. A failure could encourage these allies to re-evaluate their alignment with Moscow.")
            .Should().Contain("ARM->RUS strategic-partnership").And.Contain("BLR->RUS strategic-partnership")
            .And.NotContain("ARM->BLR strategic-partnership");
        // Without a partner after the noun, the group's members are the pair.
        Claims("Russia and Iran's partnership deepened.").Should().Be("IRN->RUS strategic-partnership");
    }

    [Fact]
    public void A_trigger_ending_in_a_preposition_governs_the_group_right_after_it()
    {
        Claims("Serbia has deepened its alignment with Moscow.").Should().Contain("RUS->SRB strategic-partnership");
    }
}
