using System.Runtime.InteropServices;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Tests.Matching;

public class PhraseMatcherBuilderTests
{
    private static readonly PhrasePayload Trigger = new(PhraseKind.Trigger, 0);

    [Theory]
    [InlineData("supply tanks")]
    [InlineData("tanks")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("... weapons")]
    public void PhraseMatcherBuilder_rejects_phrases_that_could_never_match(string phrase)
    {
        var (builder, _) = NewBuilder("supply", "weapons");

        builder.Add(phrase, byLemma: true, Trigger).Should().BeFalse();
    }

    [Theory]
    [InlineData("supply weapons")]
    [InlineData("supply ... weapons")]
    [InlineData("  supply   weapons ")]
    public void PhraseMatcherBuilder_accepts_phrases_of_lexicon_words(string phrase)
    {
        var (builder, _) = NewBuilder("supply", "weapons");

        builder.Add(phrase, byLemma: true, Trigger).Should().BeTrue();
    }

    [Fact]
    public void PhraseMatcherBuilder_rejected_phrase_leaves_no_payload()
    {
        var (builder, tokenizer) = NewBuilder("supply");
        builder.Add("supply tanks", byLemma: true, Trigger).Should().BeFalse();

        Match(tokenizer, builder, "supply tanks").Should().BeEmpty();
    }

    [Fact]
    public void PhraseMatcherBuilder_adds_the_same_phrase_and_payload_once()
    {
        var (builder, tokenizer) = NewBuilder("supply");
        builder.Add("supply", byLemma: true, Trigger);
        builder.Add("supply", byLemma: true, Trigger);
        builder.Add("supply", byLemma: true, new PhrasePayload(PhraseKind.Hedge, -1));

        Match(tokenizer, builder, "supplied").Select(h => h.Payload.Kind).Should().Equal(PhraseKind.Trigger, PhraseKind.Hedge);
    }

    [Fact]
    public void PhraseMatcherBuilder_tokenizes_phrase_words_like_text()
    {
        var words = new LexiconBuilder(new Dictionary<string, string[]>());
        words.AddForm("people");
        words.AddForm("'s");
        words.AddForm("republic");
        var (builder, tokenizer) = NewBuilder(words.Build());

        builder.Add("People's Republic", byLemma: false, new PhrasePayload(PhraseKind.Actor, 3)).Should().BeTrue();
        Match(tokenizer, builder, "the People\u2019s Republic").Should().ContainSingle()
            .Which.Should().Be(new PhraseHit(1, 4, new PhrasePayload(PhraseKind.Actor, 3)));
    }

    [Theory]
    [InlineData("Moscow", true)]
    [InlineData("MOSCOW", true)]
    [InlineData("moscow", false)]
    public void PhraseMatcherBuilder_capitalised_phrase_word_matches_only_capitalised_tokens(string text, bool matches)
    {
        MatchesActor("Moscow", text).Should().Be(matches);
    }

    [Theory]
    [InlineData("US", true)]
    [InlineData("us", false)]
    [InlineData("Us", false)]
    public void PhraseMatcherBuilder_all_caps_phrase_word_matches_only_all_caps_tokens(string text, bool matches)
    {
        MatchesActor("US", text).Should().Be(matches);
    }

    [Theory]
    [InlineData("Sanctions")]
    [InlineData("SANCTIONS")]
    [InlineData("sanctioned")]
    public void PhraseMatcherBuilder_lower_case_trigger_word_matches_any_case_and_inflection(string text)
    {
        var (builder, tokenizer) = NewBuilder("sanction");
        builder.Add("sanction", byLemma: true, Trigger);

        Match(tokenizer, builder, text).Should().ContainSingle().Which.Payload.Should().Be(Trigger);
    }

    [Theory]
    [InlineData("bypassed SWIFT", true)]
    [InlineData("bypass swift", false)]
    [InlineData("bypass Swift", false)]
    public void PhraseMatcherBuilder_all_caps_trigger_word_is_matched_as_written_while_other_words_go_by_lemma(string text, bool matches)
    {
        var (builder, tokenizer) = NewBuilder("bypass", "swift");
        builder.Add("bypass SWIFT", byLemma: true, Trigger);

        (Match(tokenizer, builder, text).Count > 0).Should().Be(matches);
    }

    [Theory]
    [InlineData("supply weapons", true)]
    [InlineData("SUPPLY Weapons", true)]
    [InlineData("supplied weapons", false)]
    public void PhraseMatcherBuilder_phrase_added_by_form_ignores_lemma_families(string text, bool matches)
    {
        var (builder, tokenizer) = NewBuilder("supply", "weapons");
        builder.Add("supply weapons", byLemma: false, new PhrasePayload(PhraseKind.Actor, 0));

        Match(tokenizer, builder, text).Any(h => h.Length == 2).Should().Be(matches);
    }

    private static bool MatchesActor(string phrase, string text)
    {
        var words = new LexiconBuilder(new Dictionary<string, string[]>());
        words.AddForm(phrase);
        var (builder, tokenizer) = NewBuilder(words.Build());
        builder.Add(phrase, byLemma: false, new PhrasePayload(PhraseKind.Actor, 0)).Should().BeTrue();
        return Match(tokenizer, builder, text).Count > 0;
    }

    private static (PhraseMatcherBuilder Builder, Tokenizer Tokenizer) NewBuilder(params string[] lemmas)
    {
        var words = new LexiconBuilder(new Dictionary<string, string[]>());
        foreach (string lemma in lemmas)
        {
            words.AddLemma(lemma);
        }

        return NewBuilder(words.Build());
    }

    private static (PhraseMatcherBuilder Builder, Tokenizer Tokenizer) NewBuilder(Lexicon lexicon)
    {
        var tokenizer = new Tokenizer(lexicon, new HashSet<string>());
        return (new PhraseMatcherBuilder(lexicon, tokenizer), tokenizer);
    }

    private static List<PhraseHit> Match(Tokenizer tokenizer, PhraseMatcherBuilder builder, string text)
    {
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, 0, text.Length, tokens);
        var hits = new List<PhraseHit>();
        builder.Build([]).Match(CollectionsMarshal.AsSpan(tokens), 0, tokens.Count, hits);
        return hits;
    }
}
