using AllianceAnalysis.Matching;
using AllianceAnalysis.Tests.Pipeline;

namespace AllianceAnalysis.Tests.Matching;

public class LexiconTests
{
    private static readonly Lexicon Small = BuildSmall();

    [Theory]
    [InlineData("sanctions")]
    [InlineData("Sanctions")]
    [InlineData("SANCTIONS")]
    [InlineData("SaNcTiOnS")]
    public void Lexicon_FindAnyCase_ignores_case(string written)
    {
        Small.FindAnyCase(written).Should().Be(Small.Find("sanctions")).And.BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData("n\u2019t")]
    [InlineData("n\u2018t")]
    [InlineData("N\u2019T")]
    public void Lexicon_FindAnyCase_straightens_curly_apostrophes(string written)
    {
        Small.FindAnyCase(written).Should().Be(Small.Find("n't")).And.BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData("embargo")]
    [InlineData("sanctionz")]
    [InlineData("")]
    public void Lexicon_returns_minus_one_for_unknown_words(string word)
    {
        Small.FindAnyCase(word).Should().Be(-1);
        Small.Find(word).Should().Be(-1);
    }

    [Fact]
    public void Lexicon_Find_expects_an_already_normalised_form()
    {
        Small.Find("Sanctions").Should().Be(-1);
        Small.Find("n\u2019t").Should().Be(-1);
    }

    [Fact]
    public void Lexicon_LemmaOf_unknown_form_is_minus_one()
    {
        Small.LemmaOf(-1).Should().Be(-1);
    }

    [Fact]
    public void Lexicon_FindAnyCase_never_finds_words_longer_than_the_maximum_form_length()
    {
        string longForm = new('a', Lexicon.MaxFormLength + 1);
        var builder = new LexiconBuilder(new Dictionary<string, string[]>());
        builder.AddForm(longForm);
        Lexicon lexicon = builder.Build();

        lexicon.Find(longForm).Should().Be(0);
        lexicon.FindAnyCase(longForm).Should().Be(-1);
    }

    [Theory]
    [InlineData("Iran\u2019s ‘ALLY’", "iran's 'ally'")]
    [InlineData("U.S.", "u.s.")]
    [InlineData("", "")]
    public void Lexicon_Normalize_lower_cases_and_straightens_apostrophes(string text, string expected)
    {
        Lexicon.Normalize(text).Should().Be(expected);
    }

    [Fact]
    public void Lexicon_Contains_tests_normalised_forms()
    {
        Small.Contains("supplied").Should().BeTrue();
        Small.Contains("Supplied").Should().BeFalse();
        Small.Contains("shipped").Should().BeFalse();
    }

    [Theory]
    [InlineData("sanction", "sanctions")]
    [InlineData("supply", "supplies")]
    [InlineData("ally", "allies")]
    [InlineData("strike", "struck")]
    [InlineData("be", "is")]
    [InlineData("weapons", "weapon")]
    [InlineData("toward", "towards")]
    public void Lexicon_of_the_default_pack_puts_inflections_in_one_family(string lemma, string form)
    {
        Lexicon lexicon = SentenceFixture.Pack.Lexicon;
        int family = lexicon.LemmaOf(lexicon.FindAnyCase(lemma));

        family.Should().BeGreaterThanOrEqualTo(0);
        lexicon.LemmaOf(lexicon.FindAnyCase(form)).Should().Be(family);
    }

    [Theory]
    [InlineData("war", "warn")]
    [InlineData("sell", "send")]
    [InlineData("trade", "treaty")]
    public void Lexicon_of_the_default_pack_keeps_unrelated_lemmas_apart(string first, string second)
    {
        Lexicon lexicon = SentenceFixture.Pack.Lexicon;

        lexicon.LemmaOf(lexicon.FindAnyCase(first)).Should().NotBe(lexicon.LemmaOf(lexicon.FindAnyCase(second)));
    }

    [Fact]
    public void Lexicon_of_the_default_pack_does_not_know_words_no_phrase_uses()
    {
        SentenceFixture.Pack.Lexicon.FindAnyCase("hesitated").Should().Be(-1);
    }

    private static Lexicon BuildSmall()
    {
        var builder = new LexiconBuilder(new Dictionary<string, string[]>());
        builder.AddLemma("sanction");
        builder.AddLemma("supply");
        builder.AddForm("n't");
        return builder.Build();
    }
}
