using AllianceAnalysis.Cli;

namespace AllianceAnalysis.Tests.Cli;

public class ExplainCommandTests
{
    [Fact]
    public void Explain_shows_mentions_cues_rules_and_claims_with_their_factors()
    {
        var (exitCode, stdout, _) = CliRunner.Run("explain", "The leaders met in Minsk, but Moscow isn't rushing to Tehran's aid.");

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().Contain("Minsk [19-24] = BLR (a place here, not an actor");
        stdout.Should().Contain("negation: \"n't\" over \"rushing to Tehran's aid.\"");
        stdout.Should().Contain("fired defense-pact/defend on \"rushing to Tehran's aid\": RUS->IRN: claim made");
        stdout.Should().Contain("IRN->RUS defense-pact negated asserted: strength 0.7 = rule 0.7 × modality 1 × anaphor 1");
    }

    [Fact]
    public void Explain_says_why_a_rule_did_not_fire()
    {
        var (_, stdout, _) = CliRunner.Run("explain", "Would Russia defend Iran?");

        stdout.Should().Contain("defense-pact/defend on \"defend\": RUS->IRN: no claim, the sentence asks or names a topic rather than asserts");
        stdout.Should().EndWith("claims" + Environment.NewLine + "  (none)" + Environment.NewLine);
    }

    [Fact]
    public void Explain_says_where_a_participant_the_sentence_leaves_out_came_from()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "corpus", "articles", SeedArticles.WouldRussiaDefendIran);
        string text = SeedArticles.Read(SeedArticles.WouldRussiaDefendIran);
        int index = AllianceAnalyzer.Default.SplitSentences(new Document("d", text))
            .First(s => text[s.Span.Start..s.Span.End].StartsWith("Instead, Russia's support will likely continue", StringComparison.Ordinal)).Index;

        var (exitCode, stdout, _) = CliRunner.Run("explain", "--file", file, "--sentence", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().Contain("fired diplomatic-support/shield on \"diplomatic backing\": RUS->IRN: claim made (the agent of the relation noun opening the clause, and the pair under discussion)");
        // Two sentences before, Russia's arms went to Iran ("… military and technical support … with Iran"): the doer's last event.
        stdout.Should().Contain("fired arms/supply-weapons on \"arms transfers\": RUS->IRN: claim made (the target of the doer's last event of this relation)");
        stdout.Should().Contain("RUS->IRN arms affirmed hedged: strength 0.306 = rule 0.6 × modality 0.6 × anaphor 0.85");
    }

    [Fact]
    public void Explain_a_sentence_of_a_file_resolves_pronouns_from_the_sentences_before()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "corpus", "articles", SeedArticles.IsIranAnAllyOfRussia);
        int index = AllianceAnalyzer.Default.SplitSentences(new Document("d", SeedArticles.Read(SeedArticles.IsIranAnAllyOfRussia)))
            .First(s => SeedArticles.Read(SeedArticles.IsIranAnAllyOfRussia)[s.Span.Start..s.Span.End].StartsWith("**They have previously shielded", StringComparison.Ordinal)).Index;

        var (exitCode, stdout, _) = CliRunner.Run("explain", "--file", file, "--sentence", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().Contain("They [").And.Contain("= RUS+CHN (resolved from the discourse");
        stdout.Should().Contain("RUS->IRN diplomatic-support affirmed asserted: strength 0.51 = rule 0.6 × modality 1 × anaphor 0.85");
    }

    [Fact]
    public void Explain_refuses_an_out_of_range_sentence_and_a_missing_argument()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "corpus", "articles", SeedArticles.IsIranAnAllyOfRussia);

        CliRunner.Run("explain", "--file", file, "--sentence", "9999").ExitCode.Should().Be(CliApp.UsageError);
        CliRunner.Run("explain").ExitCode.Should().Be(CliApp.UsageError);
    }
}
