using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Tests.Matching;

public class LexiconBuilderTests
{
    private static readonly Dictionary<string, string[]> NoIrregulars = [];

    [Fact]
    public void LexiconBuilder_puts_regular_inflections_in_the_lemma_family()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int supply = builder.AddLemma("supply");
        Lexicon lexicon = builder.Build();

        string[] forms = ["supply", "supplies", "supplied", "supplying"];
        forms.Select(f => lexicon.LemmaOf(lexicon.Find(f))).Should().AllBeEquivalentTo(supply);
    }

    [Theory]
    [InlineData("sanction", "sanctions")]
    [InlineData("sanctions", "sanction")]
    public void LexiconBuilder_merges_lemma_families_that_share_a_form(string first, string second)
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int firstId = builder.AddLemma(first);
        builder.AddLemma(second);
        Lexicon lexicon = builder.Build();

        string[] forms = ["sanction", "sanctions", "sanctioned", "sanctioning"];
        forms.Select(f => lexicon.LemmaOf(lexicon.Find(f))).Should().AllBeEquivalentTo(firstId, "the first-registered lemma names the merged family");
    }

    [Fact]
    public void LexiconBuilder_keeps_families_without_a_shared_form_apart()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int war = builder.AddLemma("war");
        int warn = builder.AddLemma("warn");
        Lexicon lexicon = builder.Build();

        lexicon.LemmaOf(lexicon.Find("warring")).Should().Be(war);
        lexicon.LemmaOf(lexicon.Find("warned")).Should().Be(warn);
        war.Should().NotBe(warn);
    }

    [Fact]
    public void LexiconBuilder_adds_irregular_forms_to_the_family()
    {
        var builder = new LexiconBuilder(new Dictionary<string, string[]> { ["strike"] = ["struck", "stricken"] });
        int strike = builder.AddLemma("strike");
        Lexicon lexicon = builder.Build();

        lexicon.LemmaOf(lexicon.Find("struck")).Should().Be(strike);
        lexicon.LemmaOf(lexicon.Find("stricken")).Should().Be(strike);
        lexicon.LemmaOf(lexicon.Find("strikes")).Should().Be(strike);
    }

    [Fact]
    public void LexiconBuilder_normalises_irregular_entries_written_in_capitals()
    {
        var builder = new LexiconBuilder(new Dictionary<string, string[]> { ["Sell"] = ["SOLD"] });
        int sell = builder.AddLemma("sell");
        Lexicon lexicon = builder.Build();

        lexicon.LemmaOf(lexicon.Find("sold")).Should().Be(sell);
    }

    [Fact]
    public void LexiconBuilder_does_not_add_irregular_forms_of_lemmas_it_never_sees()
    {
        var builder = new LexiconBuilder(new Dictionary<string, string[]> { ["strike"] = ["struck"] });
        builder.AddLemma("sell");
        Lexicon lexicon = builder.Build();

        lexicon.Find("struck").Should().Be(-1);
    }

    [Fact]
    public void LexiconBuilder_AddForm_registers_only_the_form_itself()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int moscow = builder.AddForm("Moscow");
        Lexicon lexicon = builder.Build();

        lexicon.Find("moscow").Should().Be(moscow);
        lexicon.LemmaOf(moscow).Should().Be(moscow);
        lexicon.Find("moscows").Should().Be(-1);
        lexicon.Count.Should().Be(1);
    }

    [Fact]
    public void LexiconBuilder_returns_the_same_id_for_a_form_added_twice_in_any_case()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int first = builder.AddForm("Iran");
        int second = builder.AddForm("IRAN");
        int third = builder.AddLemma("iran");

        second.Should().Be(first);
        third.Should().Be(first);
    }

    [Fact]
    public void LexiconBuilder_stores_forms_normalised_to_lower_case_and_straight_apostrophes()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int id = builder.AddForm("N\u2019T");
        Lexicon lexicon = builder.Build();

        lexicon.FormText(id).Should().Be("n't");
    }

    [Fact]
    public void LexiconBuilder_attaches_a_form_to_its_lemma_once_added_as_a_lemma()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int weapon = builder.AddForm("weapon");
        int weapons = builder.AddLemma("weapons");
        Lexicon lexicon = builder.Build();

        lexicon.LemmaOf(lexicon.Find("weapons")).Should().Be(weapon, "weapon was registered first and the plural lemma generates it");
        lexicon.LemmaOf(weapons).Should().Be(weapon);
    }

    [Fact]
    public void LexiconBuilder_Find_reports_the_current_family_root()
    {
        var builder = new LexiconBuilder(NoIrregulars);
        int sanction = builder.AddLemma("sanction");
        int sanctions = builder.AddLemma("sanctions");

        builder.Find(sanctions).Should().Be(sanction);
    }
}
