using AllianceAnalysis.Pipeline;

namespace AllianceAnalysis.Tests.Pipeline;

public class ClauseSegmenterTests
{
    [Theory]
    [InlineData("Iran signed a treaty; Russia did not.", "Start:Iran signed a treaty | Boundary:; Russia did not.")]
    [InlineData("Russia backs Iran but China does not.", "Start:Russia backs Iran | Boundary:but China does not.")]
    [InlineData("Russia backs Iran: China does not.", "Start:Russia backs Iran | Boundary:: China does not.")]
    [InlineData("Russia backs Iran \u2014 China does not.", "Start:Russia backs Iran | Boundary:\u2014 China does not.")]
    [InlineData("Russia backs Iran, however China does not.", "Start:Russia backs Iran, | Boundary:however China does not.")]
    [InlineData("Putin, whose ally is Iran, met Raisi.", "Start:Putin, | Boundary:whose ally is Iran, met Raisi.")]
    public void ClauseSegmenter_cuts_at_contrast_words_and_clause_punctuation(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Theory]
    [InlineData("Russia signed a treaty with Iran, which will include a defence clause.",
        "Start:Russia signed a treaty with Iran, | Relative:which will include a defence clause.")]
    [InlineData("The strategic partnership agreement between Russia and Iran, which will include a treaty, was signed.",
        "Start:The strategic partnership agreement between Russia and Iran, | Relative:which will include a treaty, | Resumed:was signed.")]
    [InlineData("Putin, who backs Iran, met Raisi.", "Start:Putin, | Relative:who backs Iran, | Resumed:met Raisi.")]
    public void ClauseSegmenter_opens_a_relative_clause_at_a_relative_pronoun(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Theory]
    [InlineData("Poland, which hosts the hub, has sent tanks to Kyiv.", "Start:Poland, | Relative:which hosts the hub, | Resumed:has sent tanks to Kyiv.")]
    [InlineData("Oman, which hosted contacts that paved the way, has served as a channel.",
        "Start:Oman, | Relative:which hosted contacts | Complement:that paved the way, | Resumed:has served as a channel.")]
    [InlineData("Iran, which supplied drones to Russia, Belarus and Syria, denies it.", "Start:Iran, | Relative:which supplied drones to Russia, Belarus and Syria, | Resumed:denies it.")]
    [InlineData("Russia signed a treaty with Iran that binds it, and China did not.", "Start:Russia signed a treaty with Iran | Complement:that binds it, and China did not.")]
    public void ClauseSegmenter_resumes_the_main_clause_after_a_relative_clause_set_off_by_commas(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Theory]
    // A contrast phrase opens a clause of its own that ends at the next comma: it governs the phrase after it, not the
    // clause before.
    [InlineData("Moscow chose talks that could calm tensions, rather than a pledge to defend Iran.",
        "Start:Moscow chose talks | Complement:that could calm tensions, | Contrast:rather than a pledge to defend Iran.")]
    [InlineData("Instead of sanctions, the EU offered Turkey a trade deal.", "Contrast:Instead of sanctions, | Boundary:the EU offered Turkey a trade deal.")]
    public void ClauseSegmenter_opens_a_contrast_clause_at_rather_than_that_ends_at_the_next_comma(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Fact]
    public void ClauseSegmenter_records_the_relative_pronoun_as_the_opener_of_the_resumed_clause()
    {
        AnalyzedSentence sentence = SentenceFixture.Analyze("Poland, which hosts the hub, has sent tanks.");

        sentence.Context.Clauses[^1].Should().Be(new Clause(7, 11, ClauseOpener.Resumed, 2));
    }

    [Theory]
    [InlineData("Washington is open to talks but will keep sanctions in place.", true)]
    [InlineData("Ankara trades with Moscow while supplying Kyiv with drones.", true)]
    [InlineData("Washington is open to talks but the sanctions stay.", false)]
    [InlineData("Ankara trades with Moscow while Kyiv buys drones.", false)]
    public void ClauseSegmenter_marks_a_clause_whose_verb_follows_its_opener_as_having_an_elided_subject(string text, bool elided)
    {
        SentenceFixture.Analyze(text).Context.Clauses[^1].ElidedSubject.Should().Be(elided);
    }

    [Theory]
    [InlineData("Armenia has since bought artillery from India.", "Start:Armenia has since bought artillery from India.")]
    [InlineData("Trade has grown since the war began.", "Start:Trade has grown | Subordinator:since the war began.")]
    public void ClauseSegmenter_reads_a_subordinator_between_an_auxiliary_and_a_verb_as_an_adverb(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Theory]
    [InlineData("Lavrov said that Iran is an ally.", "Start:Lavrov said | Complement:that Iran is an ally.")]
    [InlineData("Russia denied that Iran is an ally.", "Start:Russia denied | Complement:that Iran is an ally.")]
    [InlineData("Lavrov said that alliance is dead.", "Start:Lavrov said that alliance is dead.")]
    [InlineData("Lavrov praised that strategic partnership.", "Start:Lavrov praised that strategic partnership.")]
    public void ClauseSegmenter_opens_a_complement_clause_at_that_unless_a_trigger_follows(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Theory]
    [InlineData("While Iran supplied drones, Russia sent missiles.", "Subordinator:While Iran supplied drones, | Boundary:Russia sent missiles.")]
    [InlineData("If Russia attacks, Iran will respond.", "Subordinator:If Russia attacks, | Boundary:Iran will respond.")]
    [InlineData("Even though Iran supplied drones, Russia hesitated.", "Subordinator:Even though Iran supplied drones, | Boundary:Russia hesitated.")]
    [InlineData("Russia will respond if Iran is attacked.", "Start:Russia will respond | Subordinator:if Iran is attacked.")]
    [InlineData("Iran, if attacked, will retaliate, Russia said.", "Start:Iran, | Subordinator:if attacked, | Boundary:will retaliate, Russia said.")]
    public void ClauseSegmenter_ends_a_subordinate_clause_at_the_next_comma(string text, string clauses)
    {
        SentenceFixture.Analyze(text).Clauses.Should().Be(clauses);
    }

    [Fact]
    public void ClauseSegmenter_records_opener_kind_and_token()
    {
        AnalyzedSentence sentence = SentenceFixture.Analyze("If Russia attacks, Iran will respond; but Iran said that alliance is void.");

        sentence.Context.Clauses.Should().Equal(
            new Clause(0, 4, ClauseOpener.Subordinator, 0),
            new Clause(4, 7, ClauseOpener.Boundary, 3),
            new Clause(7, 8, ClauseOpener.Boundary, 7),
            new Clause(8, 16, ClauseOpener.Boundary, 8));
    }

    [Fact]
    public void ClauseSegmenter_without_boundaries_makes_one_clause_opened_by_the_sentence_start()
    {
        SentenceFixture.Analyze("Iran supplied drones to Russia.").Context.Clauses.Should().Equal(new Clause(0, 6, ClauseOpener.Start, -1));
    }

    [Theory]
    [InlineData("If Russia attacks, Iran will respond; but China, which backs Iran, says that it will wait.")]
    [InlineData("While Tehran hesitated, Moscow, who had signed that treaty, acted \u2014 however late.")]
    [InlineData("Iran supplied drones.")]
    public void ClauseSegmenter_clauses_tile_the_sentence_without_gaps_or_overlaps(string text)
    {
        AnalyzedSentence sentence = SentenceFixture.Analyze(text);
        List<Clause> clauses = sentence.Context.Clauses;

        clauses.Should().NotBeEmpty();
        clauses[0].Start.Should().Be(sentence.Context.TokenStart);
        clauses[^1].End.Should().Be(sentence.Context.TokenEnd);
        for (int i = 0; i < clauses.Count; i++)
        {
            clauses[i].End.Should().BeGreaterThan(clauses[i].Start);
            if (i > 0)
            {
                clauses[i].Start.Should().Be(clauses[i - 1].End);
            }
        }
    }

    [Fact]
    public void ClauseSegmenter_segments_only_the_sentence_token_range()
    {
        AnalyzedSentence first = SentenceFixture.Analyze("Iran signed a treaty; Russia did not.");
        var second = new SentenceContext
        {
            Sentence = new Sentence(1, new TextSpan(0, first.Text.Length), SentenceKind.Body, BoilerplateKind.None),
            TokenStart = 2,
            TokenEnd = 7,
        };

        new ClauseSegmenter(SentenceFixture.Pack).Segment(first.Text, [.. first.Tokens], second);

        second.Clauses.Should().Equal(new Clause(2, 4, ClauseOpener.Start, -1), new Clause(4, 7, ClauseOpener.Boundary, 4));
    }
}
