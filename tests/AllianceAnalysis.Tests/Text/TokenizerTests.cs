using AllianceAnalysis.Matching;
using AllianceAnalysis.Tests.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Tests.Text;

public class TokenizerTests
{
    private static readonly Lexicon Words = BuildLexicon();

    [Theory]
    [InlineData("Iran's ally", "Iran|'s|ally")]
    [InlineData("Iran\u2019s ally", "Iran|\u2019s|ally")]
    [InlineData("allies' aid", "allies|'|aid")]
    [InlineData("it's we're I'm they'll she'd I've", "it|'s|we|'re|I|'m|they|'ll|she|'d|I|'ve")]
    [InlineData("O'Brien and d'Ivoire", "O'Brien|and|d'Ivoire")]
    [InlineData("Gideon Sa'ar", "Gideon|Sa'ar")]
    public void Tokenizer_splits_possessive_clitic(string text, string expected)
    {
        Texts(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("isn't", "is|n't")]
    [InlineData("isn\u2019t", "is|n\u2019t")]
    [InlineData("can't", "ca|n't")]
    [InlineData("won't", "wo|n't")]
    [InlineData("didn't help", "did|n't|help")]
    [InlineData("CAN'T", "CA|N'T")]
    public void Tokenizer_splits_negation_clitic(string text, string expected)
    {
        Texts(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("the U.S. and e.g. a.m.", "the|U.S.|and|e.g.|a.m.")]
    [InlineData("U.S.A. forces", "U.S.A.|forces")]
    [InlineData("U.S.-Iran", "U.S.|-|Iran")]
    [InlineData("e.g., U.N.'s", "e.g.|,|U.N.|'s")]
    public void Tokenizer_keeps_dotted_acronyms_whole(string text, string expected)
    {
        Texts(text).Should().Be(expected);
    }

    [Fact]
    public void Tokenizer_keeps_the_period_of_a_known_abbreviation()
    {
        Texts("Dr. Smith met Gen. Jones.", "dr.", "gen.").Should().Be("Dr.|Smith|met|Gen.|Jones|.");
    }

    [Fact]
    public void Tokenizer_splits_the_period_off_a_word_that_is_not_a_known_abbreviation()
    {
        Texts("Dr. Smith met Gen. Jones.", "dr.").Should().Be("Dr.|Smith|met|Gen|.|Jones|.");
    }

    [Theory]
    [InlineData("6.1 percent", "6.1|percent", "Number,Word")]
    [InlineData("1,000 troops", "1,000|troops", "Number,Word")]
    [InlineData("1,000,000", "1,000,000", "Number")]
    [InlineData("in 2024.", "in|2024|.", "Word,Number,Punctuation")]
    [InlineData("3.5%", "3.5|%", "Number,Punctuation")]
    [InlineData("18-month", "18|-|month", "Number,Punctuation,Word")]
    public void Tokenizer_reads_numbers_with_decimal_and_thousands_separators_as_one_token(string text, string expected, string kinds)
    {
        Texts(text).Should().Be(expected);
        Kinds(text).Should().Be(kinds);
    }

    [Theory]
    [InlineData("troops [4] left", "troops|[4]|left", "Word,Citation,Word")]
    [InlineData("[12]", "[12]", "Citation")]
    [InlineData("[a]", "[|a|]", "Punctuation,Word,Punctuation")]
    [InlineData("[4", "[|4", "Punctuation,Number")]
    public void Tokenizer_reads_a_bracketed_number_as_a_citation(string text, string expected, string kinds)
    {
        Texts(text).Should().Be(expected);
        Kinds(text).Should().Be(kinds);
    }

    [Theory]
    [InlineData("see https://example.com/a?b=c.", "see|https://example.com/a?b=c|.", "Word,Url,Punctuation")]
    [InlineData("(HTTP://example.com/x)", "(|HTTP://example.com/x|)", "Punctuation,Url,Punctuation")]
    [InlineData("at www.example.org, now", "at|www.example.org|,|now", "Word,Url,Punctuation,Word")]
    [InlineData("write to press@mfa.gov.ir.", "write|to|press@mfa.gov.ir|.", "Word,Word,Url,Punctuation")]
    [InlineData("mail john.smith@mfa.ru now", "mail|john.smith@mfa.ru|now", "Word,Url,Word")]
    [InlineData("mail info-desk@x.org now", "mail|info-desk@x.org|now", "Word,Url,Word")]
    [InlineData("mail 2024news@x.org now", "mail|2024news@x.org|now", "Word,Url,Word")]
    [InlineData("\u201Csee https://example.com/a.\u201D", "\u201C|see|https://example.com/a|.|\u201D", "Punctuation,Word,Url,Punctuation,Punctuation")]
    [InlineData("<press@mfa.ru>", "<|press@mfa.ru|>", "Punctuation,Url,Punctuation")]
    public void Tokenizer_keeps_urls_and_email_addresses_whole(string text, string expected, string kinds)
    {
        Texts(text).Should().Be(expected);
        Kinds(text).Should().Be(kinds);
    }

    [Theory]
    [InlineData("**Iran**", "**|Iran|**", "Symbol,Word,Symbol")]
    [InlineData("# Heading", "#|Heading", "Symbol,Word")]
    [InlineData("_x_", "_|x|_", "Symbol,Word,Symbol")]
    [InlineData("wait...", "wait|...", "Word,Punctuation")]
    [InlineData("a -- b", "a|--|b", "Word,Punctuation,Word")]
    [InlineData("Iran-Russia", "Iran|-|Russia", "Word,Punctuation,Word")]
    [InlineData("ties; but\u2014", "ties|;|but|\u2014", "Word,Punctuation,Word,Punctuation")]
    public void Tokenizer_emits_symbols_and_punctuation_runs(string text, string expected, string kinds)
    {
        Texts(text).Should().Be(expected);
        Kinds(text).Should().Be(kinds);
    }

    [Fact]
    public void Tokenizer_spans_are_half_open_offsets_into_the_original_text()
    {
        const string text = "Say: Iran's ally.";

        Tokenize(text).Select(t => (t.Start, t.End)).Should().Equal((0, 3), (3, 4), (5, 9), (9, 11), (12, 16), (16, 17));
    }

    [Fact]
    public void Tokenizer_tokenizes_only_the_requested_range_with_offsets_into_the_whole_text()
    {
        const string text = "Before. Iran's ally. After.";
        var tokens = new List<Token>();
        new Tokenizer(Words, new HashSet<string>()).Tokenize(text, 8, 20, tokens);

        tokens.Select(t => text[t.Start..t.End]).Should().Equal("Iran", "'s", "ally", ".");
        tokens[0].Start.Should().Be(8);
        tokens[^1].End.Should().Be(20);
    }

    [Fact]
    public void Tokenizer_appends_to_the_output_list()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word, TokenShape.None, -1, -1) };
        new Tokenizer(Words, new HashSet<string>()).Tokenize("Iran", 0, 4, tokens);

        tokens.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Iran", "Capitalized")]
    [InlineData("McDonald", "Capitalized")]
    [InlineData("IRGC", "Capitalized, AllCaps")]
    [InlineData("U.S.", "Capitalized, AllCaps")]
    [InlineData("A", "Capitalized")]
    [InlineData("iran", "None")]
    [InlineData("iPhone", "None")]
    [InlineData("'s", "None")]
    [InlineData("2024", "None")]
    public void Tokenizer_records_the_capitalisation_shape(string text, string expected)
    {
        List<Token> tokens = Tokenize(text);

        tokens.Should().ContainSingle().Which.Shape.ToString().Should().Be(expected);
    }

    [Fact]
    public void Tokenizer_looks_up_form_and_lemma_ids_in_the_lexicon()
    {
        List<Token> tokens = Tokenize("IRAN Supplied weapon n\u2019t hesitated");

        tokens.Select(t => t.Form).Should().Equal(
            Words.Find("iran"), Words.Find("supplied"), Words.Find("weapon"), Words.Find("n't"), -1);
        tokens.Select(t => t.Lemma).Should().Equal(
            Words.Find("iran"), Words.Find("supply"), Words.Find("weapons"), Words.Find("n't"), -1);
        tokens.Take(4).Should().OnlyContain(t => t.Form >= 0);
    }

    [Fact]
    public void Tokenizer_does_not_look_up_citations_and_urls()
    {
        var builder = new LexiconBuilder(new Dictionary<string, string[]>());
        builder.AddForm("[4]");
        builder.AddForm("www.iran.ir");
        var tokenizer = new Tokenizer(builder.Build(), new HashSet<string>());
        var tokens = new List<Token>();
        tokenizer.Tokenize("[4] www.iran.ir", 0, 15, tokens);

        tokens.Select(t => (t.Kind, t.Form, t.Lemma)).Should().Equal((TokenKind.Citation, -1, -1), (TokenKind.Url, -1, -1));
    }

    [Theory]
    [InlineData("supplied", "supply")]
    [InlineData("Allies", "ally")]
    [InlineData("struck", "strike")]
    [InlineData("n\u2019t", "n't")]
    public void Tokenizer_of_the_default_pack_maps_forms_to_their_lemma_family(string word, string lemma)
    {
        List<Token> tokens = [];
        SentenceFixture.Pack.Tokenizer.Tokenize(word, 0, word.Length, tokens);

        tokens.Should().ContainSingle().Which.Lemma.Should().Be(SentenceFixture.Pack.LemmaOf(lemma)).And.BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Tokenizer_of_the_default_pack_knows_the_pack_abbreviations()
    {
        SentenceFixture.Analyze("Gen. Smith met Sen. Jones at 6 p.m. on Jan. 5, e.g. today.").TokenTexts
            .Should().Be("Gen.|Smith|met|Sen.|Jones|at|6|p.m.|on|Jan.|5|,|e.g.|today|.");
    }

    private static List<Token> Tokenize(string text, params string[] abbreviations)
    {
        var tokens = new List<Token>();
        new Tokenizer(Words, new HashSet<string>(abbreviations, StringComparer.Ordinal)).Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>The token texts joined by "|".</summary>
    private static string Texts(string text, params string[] abbreviations) =>
        string.Join("|", Tokenize(text, abbreviations).Select(t => text[t.Start..t.End]));

    /// <summary>The token kinds joined by ",".</summary>
    private static string Kinds(string text) => string.Join(",", Tokenize(text).Select(t => t.Kind));

    private static Lexicon BuildLexicon()
    {
        var builder = new LexiconBuilder(new Dictionary<string, string[]>());
        builder.AddForm("iran");
        builder.AddLemma("supply");
        builder.AddLemma("weapons");
        builder.AddForm("'s");
        builder.AddForm("n't");
        return builder.Build();
    }
}
