using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Tests.Matching;

public class InflectorTests
{
    [Theory]
    [InlineData("supply", "supply supplies supplied supplying")]
    [InlineData("ally", "ally allies allied allying")]
    [InlineData("trade", "trade trades traded trading")]
    [InlineData("agree", "agree agrees agreed agreeing")]
    [InlineData("tie", "tie ties tied tying")]
    [InlineData("play", "play plays played playing")]
    [InlineData("watch", "watch watches watched watching")]
    [InlineData("press", "press presses pressed pressing")]
    [InlineData("box", "box boxes boxed boxing")]
    [InlineData("deal", "deal deals dealed dealing")]
    public void Inflector_generates_exactly_the_regular_forms(string lemma, string expected)
    {
        Inflector.Forms(lemma).Should().Equal(expected.Split(' '));
    }

    [Fact]
    public void Inflector_yields_the_lemma_first()
    {
        Inflector.Forms("sanction").First().Should().Be("sanction");
    }

    [Theory]
    [InlineData("ship", "shipped shipping")]
    [InlineData("swap", "swapped swapping")]
    [InlineData("offer", "offered offerred")]
    public void Inflector_generates_both_spellings_for_short_consonant_vowel_consonant_endings(string lemma, string expected)
    {
        Inflector.Forms(lemma).Should().Contain(expected.Split(' '));
    }

    [Theory]
    [InlineData("show")]
    [InlineData("fix")]
    [InlineData("stay")]
    [InlineData("deal")]
    public void Inflector_does_not_double_w_x_y_or_after_two_vowels(string lemma)
    {
        char last = lemma[^1];
        Inflector.Forms(lemma).Should().NotContain(lemma + last + "ed");
    }

    [Theory]
    [InlineData("weapons", "weapon")]
    [InlineData("drones", "drone")]
    [InlineData("sanctions", "sanction")]
    [InlineData("towards", "toward")]
    public void Inflector_adds_the_singular_of_a_plural(string plural, string singular)
    {
        Inflector.Forms(plural).Should().Contain(singular);
    }

    [Theory]
    [InlineData("press", "pres")]
    [InlineData("focus", "focu")]
    [InlineData("crisis", "crisi")]
    [InlineData("gas", "ga")]
    public void Inflector_does_not_strip_s_after_s_u_i_or_from_short_words(string word, string notSingular)
    {
        Inflector.Forms(word).Should().NotContain(notSingular);
    }

    [Theory]
    [InlineData("n't")]
    [InlineData("'s")]
    [InlineData("18")]
    [InlineData("de-dollarization")]
    [InlineData("a")]
    [InlineData("Iran")]
    [InlineData("café")]
    public void Inflector_yields_only_the_word_itself_for_non_alphabetic_or_single_letter_words(string word)
    {
        Inflector.Forms(word).Should().Equal(word);
    }
}
