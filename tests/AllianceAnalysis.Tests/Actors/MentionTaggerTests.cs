namespace AllianceAnalysis.Tests.Actors;

/// <summary>Actor mentions as the analyzer reports them: "text=ACTORS/kind", in text order.</summary>
public class MentionTaggerTests
{
    private static string Mentions(string text, int? sentence = null) => string.Join(" | ",
        AllianceAnalyzer.Default.Analyze(new Document("t", text)).Mentions
            .Where(m => sentence is null || m.Sentence == sentence)
            .Select(m => $"{m.Text}={string.Join("+", m.Actors)}/{m.Kind}"));

    [Theory]
    [InlineData("Russia and Iran signed a treaty.", "Russia=RUS/Name | Iran=IRN/Name")]
    [InlineData("Israeli jets struck Iranian targets.", "Israeli=ISR/Demonym | Iranian=IRN/Demonym")]
    [InlineData("The Kremlin warned Washington.", "The Kremlin=RUS/Metonym | Washington=USA/Metonym")]
    [InlineData("Russia's foreign ministry issued a statement.", "Russia's foreign ministry=RUS/Institution")]
    [InlineData("The treaty was ratified by Iran's parliament.", "Iran's parliament=IRN/Institution")]
    [InlineData("Yemen's internationally recognised government met.", "Yemen's internationally recognised government=YEM/Institution")]
    [InlineData("Russian Foreign Minister Sergei Lavrov spoke.", "Russian Foreign Minister Sergei Lavrov=RUS/Person")]
    [InlineData("Iran's President Masoud Pezeshkian will visit.", "Iran's President Masoud Pezeshkian=IRN/Person")]
    [InlineData("Senior Biden administration officials said so.", "Senior Biden administration officials=USA/Person")]
    [InlineData("Both Moscow and Tehran supported the Assad regime.", "Moscow=RUS/Metonym | Tehran=IRN/Metonym | the Assad regime=SYR/Person")]
    public void Names_demonyms_metonyms_institutions_and_people_resolve_to_their_state(string text, string expected)
    {
        Mentions(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Cavusoglu condemned Israel.", null, "TUR->ISR condemnation")]          // no date: every listed person counts
    [InlineData("Cavusoglu condemned Israel.", "2020-03-01", "TUR->ISR condemnation")]  // foreign minister then
    [InlineData("Cavusoglu condemned Israel.", "2023-06-04", "TUR->ISR condemnation")]  // the last day of a term counts
    [InlineData("Cavusoglu condemned Israel.", "2024-05-01", "")]                       // a former minister speaks for no state
    [InlineData("Putin condemned Israel.", "2010-01-01", "RUS->ISR condemnation")]      // prime minister between two presidencies
    [InlineData("Putin condemned Israel.", "1999-01-01", "")]                           // before any listed office
    public void A_dated_document_counts_a_person_as_their_state_only_while_in_office(string text, string? date, string expected)
    {
        var document = new Document("t", text) { Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

        string claims = string.Join(" | ", AllianceAnalyzer.Default.Analyze(document).Claims.Select(c => $"{c.Source}->{c.Target} {c.Relation}"));

        claims.Should().Be(expected);
    }

    [Theory]
    [InlineData("The leaders met at a summit in Minsk.", "")]
    [InlineData("Pezeshkian is expected to visit Moscow.", "Pezeshkian=IRN/Person")]
    [InlineData("Talks in Moscow ended without a deal.", "")]
    [InlineData("Moscow isn't rushing to Tehran's aid.", "Moscow=RUS/Metonym | Tehran=IRN/Metonym")]
    [InlineData("Russia built reactors in Iran.", "Russia=RUS/Name | Iran=IRN/Name")]
    [InlineData("A Doha-based analyst and a Moscow-based think tank disagreed.", "")]
    [InlineData("The talks ended, a move Moscow welcomed.", "Moscow=RUS/Metonym")]
    [InlineData("China's Eastern Theatre Command held drills.", "China's Eastern Theatre Command=CHN/Institution")]
    [InlineData("Russia's Western command structure changed.", "Russia=RUS/Name")]
    public void A_capital_used_as_a_place_is_not_an_actor_but_a_country_name_is_kept(string text, string expected)
    {
        Mentions(text).Should().Be(expected);
    }

    [Fact]
    public void The_two_nations_resolves_to_the_pair_named_before()
    {
        string text = "For decades, the dynamics between Tehran and Moscow have shifted. The ties between these two nations have deepened.";

        Mentions(text, sentence: 1).Should().Be("these two nations=IRN+RUS/Anaphor");
    }

    [Fact]
    public void The_two_countries_resolves_to_the_two_actors_the_previous_sentence_named_apart()
    {
        string text = "China supplies most of Pakistan's weapons. The two countries also jointly produce a fighter jet.";

        Mentions(text, sentence: 1).Should().Be("The two countries=CHN+PAK/Anaphor");
    }

    [Fact]
    public void A_group_named_recently_beats_two_actors_named_apart()
    {
        string text = "Russia and Ukraine agreed to talks. Turkey said Fidan spoke to Qatar. The two sides swapped prisoners.";

        Mentions(text, sentence: 2).Should().Be("The two sides=RUS+UKR/Anaphor");
    }

    [Theory]
    [InlineData("\"Iran is our partner,\" Kremlin spokesman Dmitry Peskov told reporters.", "Iran=IRN/Name | our=RUS/Anaphor | Kremlin=RUS/Metonym | Dmitry Peskov=RUS/Person")]
    [InlineData("Iran is our partner.", "Iran=IRN/Name")]
    public void We_and_our_in_a_quotation_are_the_quoted_speakers_actor(string text, string expected)
    {
        Mentions(text).Should().Be(expected);
    }

    [Fact]
    public void The_two_nations_resolves_to_nothing_without_a_pair_in_view()
    {
        Mentions("The ties between the two nations have deepened.").Should().BeEmpty();
    }

    [Fact]
    public void They_resolves_to_the_whole_list_coordinated_before_it_in_the_sentence()
    {
        string text = "The United States, Britain, France and Germany met, and they announced sanctions on Iran.";

        Mentions(text).Should().Contain("they=USA+GBR+FRA+DEU/Anaphor");
    }

    [Fact]
    public void They_resolves_to_the_last_coordinated_group()
    {
        string text = "Russia and China provided diplomatic cover for Iran. They shielded Tehran at the UN.";

        Mentions(text, sentence: 1).Should().StartWith("They=RUS+CHN/Anaphor | Tehran=IRN/Metonym");
    }

    [Fact]
    public void It_resolves_to_the_subject_of_the_previous_sentence()
    {
        string text = "Iran is a partner, but Moscow is not rushing to help. Indeed, it seems unprepared.";

        Mentions(text, sentence: 1).Should().Be("it=RUS/Anaphor");
    }

    [Fact]
    public void It_resolves_to_a_main_clause_subject_before_a_subordinate_clause_subject()
    {
        string text = "Iran sent drones to Russia months before Moscow invaded Ukraine, but says it has sent none since.";

        Mentions(text).Should().EndWith("it=IRN/Anaphor");
    }

    [Fact]
    public void It_resolves_to_nothing_when_the_previous_sentence_has_no_actor_subject()
    {
        string text = "The Iran-Russia partnership has evolved over decades. It is a relationship built on grievances.";

        Mentions(text, sentence: 1).Should().BeEmpty();
    }

    [Fact]
    public void Its_resolves_to_the_nearest_actor_that_is_not_a_modifier_or_after_a_preposition()
    {
        string text = "Russia's response to Israeli strikes on Iranian targets underscores its commitment.";

        Mentions(text).Should().EndWith("its=RUS/Anaphor");
    }

    [Fact]
    public void Mentions_of_boilerplate_are_not_reported()
    {
        string text = "Russia and Iran trade.\n\nWhat are your thoughts on Russia and Iran? Share your views in the comments below.\n";

        Mentions(text).Should().Be("Russia=RUS/Name | Iran=IRN/Name");
    }

    [Fact]
    public void A_description_names_an_actor_only_after_the_document_named_it()
    {
        Mentions("The alliance will defend Poland.").Should().Be("Poland=POL/Name");
        Mentions("NATO launched an exercise. Moscow says the alliance is preparing an attack.", sentence: 1)
            .Should().Be("Moscow=RUS/Metonym | the alliance=NATO/Anaphor");
    }

    [Fact]
    public void A_description_lapses_when_the_actor_was_not_named_for_many_sentences()
    {
        string filler = string.Concat(Enumerable.Repeat("Nothing happened that day. ", 10));
        var analysis = AllianceAnalyzer.Default.Analyze(new Document("t", "NATO launched an exercise. " + filler + "The alliance met."));

        analysis.Mentions.Should().NotContain(m => m.Text == "The alliance");
    }

    [Fact]
    public void A_shared_description_names_the_actor_named_last()
    {
        Mentions("ASEAN met in Jakarta. The European Union met in Brussels. The bloc agreed.", sentence: 2)
            .Should().Be("The bloc=EU/Anaphor");
    }

    [Fact]
    public void A_description_before_between_is_the_relation_noun()
    {
        Mentions("NATO met. The alliance between Iran and Russia is strong.", sentence: 1).Should().Be("Iran=IRN/Name | Russia=RUS/Name");
    }

    [Fact]
    public void The_two_navies_are_the_two_actors_named_before_in_the_sentence()
    {
        Mentions("Pakistan operates Turkish-built corvettes, and the two navies held drills.")
            .Should().Contain("the two navies=PAK+TUR/Anaphor");
    }
}
