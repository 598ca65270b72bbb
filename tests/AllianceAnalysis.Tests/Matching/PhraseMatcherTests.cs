using System.Runtime.InteropServices;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Tests.Matching;

public class PhraseMatcherTests
{
    private static readonly TrieFixture Arms = new TrieFixture()
        .Trigger("supply weapons").Trigger("supply").Trigger("weapons").Actor("Iran")
        .Build();

    private static readonly TrieFixture Aid = new TrieFixture().Trigger("come to ... aid").Build();

    private static readonly TrieFixture Support = new TrieFixture()
        .Trigger("military support")
        .Cue(PhraseKind.InstitutionNoun, "military support")
        .Actor("South Korea").Actor("North Korea")
        .Coordinators("and", "or").Words("but")
        .Build();

    [Fact]
    public void PhraseMatcher_finds_every_phrase_of_one_shared_trie()
    {
        Arms.Match("Iran supplied weapons").Should().Equal(
            "Actor(Iran):Iran",
            "Trigger(supply):supplied",
            "Trigger(supply weapons):supplied weapons",
            "Trigger(weapons):weapons");
    }

    [Fact]
    public void PhraseMatcher_trie_shares_common_prefixes()
    {
        // root, supply, supply→weapons, weapons, Iran: "supply" and "supply weapons" share the "supply" node.
        Arms.Matcher.NodeCount.Should().Be(5);
    }

    [Theory]
    [InlineData("supply weapons")]
    [InlineData("supplied weapons")]
    [InlineData("supplies weapon")]
    [InlineData("Supplying WEAPONS")]
    public void PhraseMatcher_matches_trigger_words_by_lemma(string text)
    {
        Arms.Match(text).Should().Contain($"Trigger(supply weapons):{text}");
    }

    [Theory]
    [InlineData("supply arms")]
    [InlineData("weapons supplied")]
    [InlineData("supply the weapons")]
    public void PhraseMatcher_does_not_match_other_words_or_order(string text)
    {
        Arms.Match(text).Should().NotContain(h => h.StartsWith("Trigger(supply weapons)", StringComparison.Ordinal));
    }

    [Fact]
    public void PhraseMatcher_matches_only_inside_the_requested_token_range()
    {
        IReadOnlyList<PhraseHit> all = Arms.Hits("Iran supplied weapons", out List<Token> tokens);
        var ranged = new List<PhraseHit>();
        Arms.Matcher.Match(CollectionsMarshal.AsSpan(tokens), 1, 2, ranged);

        all.Should().HaveCount(4);
        ranged.Should().ContainSingle().Which.Should().Be(new PhraseHit(1, 2, new PhrasePayload(PhraseKind.Trigger, 1)));
    }

    [Theory]
    [InlineData("come to Tehran's aid", "Trigger(come to ... aid):come to Tehran's aid [gap:Tehran's]")]
    [InlineData("coming to the aid", "Trigger(come to ... aid):coming to the aid [gap:the]")]
    [InlineData("comes to the brotherly nation's aid", "Trigger(come to ... aid):comes to the brotherly nation's aid [gap:the brotherly nation's]")]
    [InlineData("come to aid", "Trigger(come to ... aid):come to aid")]
    public void PhraseMatcher_gap_matches_up_to_four_tokens(string text, string expected)
    {
        Aid.Match(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("come to the very brotherly nation's aid")]
    [InlineData("come to Tehran, aid")]
    [InlineData("come to Tehran; aid")]
    [InlineData("come to , aid")]
    [InlineData("come Tehran's aid")]
    public void PhraseMatcher_gap_does_not_match_more_than_four_tokens_or_across_clause_punctuation(string text)
    {
        Aid.Match(text).Should().BeEmpty();
    }

    [Fact]
    public void PhraseMatcher_reports_gap_bounds_as_token_range()
    {
        Aid.Hits("they come to Tehran's aid").Should().ContainSingle()
            .Which.Should().Be(new PhraseHit(1, 6, new PhrasePayload(PhraseKind.Trigger, 0), GapStart: 3, GapEnd: 5));
        Aid.Hits("come to aid").Should().ContainSingle()
            .Which.Should().Match<PhraseHit>(h => h.GapStart == 2 && h.GapEnd == 2);
    }

    [Theory]
    [InlineData("military and technical support")]
    [InlineData("military or financial support")]
    public void PhraseMatcher_skips_a_coordination_inside_a_trigger(string text)
    {
        Support.Match(text).Should().Equal($"Trigger(military support):{text} [coordinated]");
    }

    [Theory]
    [InlineData("military, technical and financial support")]
    [InlineData("military, technical, and financial support")]
    [InlineData("military, and financial support")]
    public void PhraseMatcher_skips_a_comma_series_inside_a_trigger(string text)
    {
        Support.Match(text).Should().Equal($"Trigger(military support):{text} [coordinated]");
    }

    [Theory]
    [InlineData("military, technical support")]
    [InlineData("military, technical financial and support")]
    public void PhraseMatcher_skips_a_comma_series_only_up_to_a_coordinator(string text)
    {
        Support.Match(text).Should().BeEmpty();
    }

    [Fact]
    public void PhraseMatcher_flags_only_hits_that_skipped_a_coordination()
    {
        Support.Match("military support").Should().Equal(
            "Trigger(military support):military support",
            "InstitutionNoun(military support):military support");
    }

    [Fact]
    public void PhraseMatcher_skips_coordinations_only_for_triggers()
    {
        Support.Match("North and South Korea").Should().Equal("Actor(South Korea):South Korea");
    }

    [Theory]
    [InlineData("military and support for")]
    [InlineData("military and support")]
    [InlineData("military but technical support")]
    [InlineData("military and , support")]
    public void PhraseMatcher_coordination_skip_needs_a_coordinator_a_word_and_a_following_phrase_word(string text)
    {
        Support.Match(text).Should().NotContain(h => h.StartsWith("Trigger", StringComparison.Ordinal));
    }
}
