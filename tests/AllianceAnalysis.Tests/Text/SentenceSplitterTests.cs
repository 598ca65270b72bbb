using System.Text;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = FromDefaultPack();

    [Theory]
    // Abbreviations never end a sentence.
    [InlineData("Dr. Smith went home. He slept.", "Dr. Smith went home.|He slept.")]
    [InlineData("Mr. and Mrs. Jones arrived. They sat down.", "Mr. and Mrs. Jones arrived.|They sat down.")]
    [InlineData("Gen. Valery Gerasimov visited Tehran. The talks went well.", "Gen. Valery Gerasimov visited Tehran.|The talks went well.")]
    [InlineData("Prof. Karaganov spoke. He warned the West.", "Prof. Karaganov spoke.|He warned the West.")]
    [InlineData("Talks resumed on Jan. 14 in Vienna. Both sides attended.", "Talks resumed on Jan. 14 in Vienna.|Both sides attended.")]
    [InlineData("Several allies, e.g. Belarus, agreed. Others did not.", "Several allies, e.g. Belarus, agreed.|Others did not.")]
    [InlineData("Some partners (i.e. Armenia) hesitated. Others joined.", "Some partners (i.e. Armenia) hesitated.|Others joined.")]
    [InlineData("The case of Russia vs. Ukraine went to court. It lasted years.", "The case of Russia vs. Ukraine went to court.|It lasted years.")]
    [InlineData("St. Petersburg hosted the summit. Putin attended.", "St. Petersburg hosted the summit.|Putin attended.")]
    [InlineData("See No. 5 on the list. It matters.", "See No. 5 on the list.|It matters.")]
    [InlineData("He lives at 69599 Dickens Plain Apt. 651 in Texas.", "He lives at 69599 Dickens Plain Apt. 651 in Texas.")]
    // A lower-case word abbreviation ("no.") before a sentence starter is the word, not the abbreviation.
    [InlineData("One must move beyond simple yes or no. The evidence is clear.", "One must move beyond simple yes or no.|The evidence is clear.")]
    // Final abbreviations end a sentence only before a sentence starter.
    [InlineData("Monitoring from the U.S. and its allies continued.", "Monitoring from the U.S. and its allies continued.")]
    [InlineData("Aid came from the U.S. The move angered Moscow.", "Aid came from the U.S.|The move angered Moscow.")]
    [InlineData("Members of the U.S. Congress objected.", "Members of the U.S. Congress objected.")]
    [InlineData("Talks with the U.K. It was tense.", "Talks with the U.K.|It was tense.")]
    [InlineData("He bought tanks, drones, etc. The list grew.", "He bought tanks, drones, etc.|The list grew.")]
    [InlineData("He bought tanks, drones, etc. and more shells.", "He bought tanks, drones, etc. and more shells.")]
    [InlineData("The meeting began at 9 a.m. Moscow time.", "The meeting began at 9 a.m. Moscow time.")]
    [InlineData("The meeting began at 9 a.m. The talks ran late.", "The meeting began at 9 a.m.|The talks ran late.")]
    [InlineData("Rosatom Corp. Officials declined to comment.", "Rosatom Corp. Officials declined to comment.")]
    // Unlisted dotted acronyms behave like final abbreviations.
    [InlineData("It was the U.S.S.R. Many remember it.", "It was the U.S.S.R.|Many remember it.")]
    [InlineData("A team from the U.S.S.R. Foreign Ministry arrived.", "A team from the U.S.S.R. Foreign Ministry arrived.")]
    // Initials.
    [InlineData("Sergei V. Lavrov met Abbas Araghchi.", "Sergei V. Lavrov met Abbas Araghchi.")]
    [InlineData("J. R. R. Tolkien wrote books. They sold well.", "J. R. R. Tolkien wrote books.|They sold well.")]
    [InlineData("George W. Bush visited Moscow in 2001.", "George W. Bush visited Moscow in 2001.")]
    [InlineData("J. A. Smith wrote the report.", "J. A. Smith wrote the report.")]
    [InlineData("They chose Plan B. The rest followed.", "They chose Plan B.|The rest followed.")]
    // Numbers.
    [InlineData("The post garnered more than 6.1 million views. It spread.", "The post garnered more than 6.1 million views.|It spread.")]
    [InlineData("Trade rose 3.5% last year. Exports grew.", "Trade rose 3.5% last year.|Exports grew.")]
    [InlineData("More than 1,000 students landed. Flights resumed.", "More than 1,000 students landed.|Flights resumed.")]
    [InlineData("Tariffs fell on about 90 percent of goods. Trade rose.", "Tariffs fell on about 90 percent of goods.|Trade rose.")]
    [InlineData("The war began in 2022. 2023 brought more strikes.", "The war began in 2022.|2023 brought more strikes.")]
    [InlineData("Version 2.0 shipped to 1.5 million users.", "Version 2.0 shipped to 1.5 million users.")]
    // Ellipses.
    [InlineData("He paused... Then he spoke.", "He paused...|Then he spoke.")]
    [InlineData("He paused... and then spoke.", "He paused... and then spoke.")]
    [InlineData("The talks stalled… Moscow blamed Kyiv.", "The talks stalled…|Moscow blamed Kyiv.")]
    [InlineData("Wait…what happened here?", "Wait…what happened here?")]
    // Quotes and brackets around the end.
    [InlineData("He said \"we will respond.\" Then he left.", "He said \"we will respond.\"|Then he left.")]
    [InlineData("The question, \"Is Iran an ally of Russia?\" is not merely rhetorical.", "The question, \"Is Iran an ally of Russia?\" is not merely rhetorical.")]
    [InlineData("She asked, \"Would Russia defend Iran?\" Nobody answered.", "She asked, \"Would Russia defend Iran?\"|Nobody answered.")]
    [InlineData("Moscow called it “a catastrophe.” Tehran agreed.", "Moscow called it “a catastrophe.”|Tehran agreed.")]
    [InlineData("They called it 'the axis.' Others disagreed.", "They called it 'the axis.'|Others disagreed.")]
    [InlineData("Russia warned Israel. \"This is dangerous,\" Lavrov said.", "Russia warned Israel.|\"This is dangerous,\" Lavrov said.")]
    [InlineData("Iran denied it. (Russia was silent.) Talks went on.", "Iran denied it.|(Russia was silent.)|Talks went on.")]
    [InlineData("“Is this an alliance?” he asked.", "“Is this an alliance?” he asked.")]
    [InlineData("What now?! Nobody knows.", "What now?!|Nobody knows.")]
    // Citation marks belong to the sentence they follow.
    [InlineData("Iran and Russia are allies.[4] They form an axis.", "Iran and Russia are allies.[4]|They form an axis.")]
    [InlineData("They signed a pact.[4][5] It excludes defense.", "They signed a pact.[4][5]|It excludes defense.")]
    [InlineData("Iran and Russia are strategic allies [4] [5] [6] and form an axis.", "Iran and Russia are strategic allies [4] [5] [6] and form an axis.")]
    // Markdown emphasis.
    [InlineData("**Since the fall of the Soviet Union, ties were close.** This era saw change.", "Since the fall of the Soviet Union, ties were close.|This era saw change.")]
    [InlineData("Indeed, **it seems unprepared to help** militarily. Moscow waits.", "Indeed, **it seems unprepared to help** militarily.|Moscow waits.")]
    [InlineData("**First claim. Second claim.** Third claim.", "First claim.|Second claim.|Third claim.")]
    [InlineData("The risk grew. **Moscow warned Israel.**", "The risk grew.|Moscow warned Israel.")]
    [InlineData("__Iran signed the deal.__ Russia agreed.", "Iran signed the deal.|Russia agreed.")]
    [InlineData("**Over 18 months, protest is all** that was seen. It continues.", "**Over 18 months, protest is all** that was seen.|It continues.")]
    // Dashes and parentheses never split.
    [InlineData("Russia declined to give support—say, fighter jets—to deter attacks. It hesitated.", "Russia declined to give support—say, fighter jets—to deter attacks.|It hesitated.")]
    [InlineData("Iran (a key ally) – and Belarus – rely on Moscow. Both agree.", "Iran (a key ally) – and Belarus – rely on Moscow.|Both agree.")]
    // Links and addresses.
    [InlineData("Read https://example.com/world.Russia for details. It helps.", "Read https://example.com/world.Russia for details.|It helps.")]
    [InlineData("Visit www.Example.org today. It is free.", "Visit www.Example.org today.|It is free.")]
    [InlineData("Write to press.Office@example.com for comment. Replies are slow.", "Write to press.Office@example.com for comment.|Replies are slow.")]
    [InlineData("Contact rylan61@turner.com. The office replies.", "Contact rylan61@turner.com.|The office replies.")]
    [InlineData("Built with Node.js and hosted on example.com servers.", "Built with Node.js and hosted on example.com servers.")]
    // Glued headings.
    [InlineData("even if not always explicitly formalized.Defining the Strategic Alliance: More Than Just Cooperation", "even if not always explicitly formalized.|Defining the Strategic Alliance: More Than Just Cooperation")]
    [InlineData("monitoring from the U.S. and its allies.Iran's Role in Russia's War Against Ukraine", "monitoring from the U.S. and its allies.|Iran's Role in Russia's War Against Ukraine")]
    [InlineData("Allies, e.g.The Gambia, agreed.", "Allies, e.g.The Gambia, agreed.")]
    [InlineData("Talks were held in Iran.The talks failed.", "Talks were held in Iran.The talks failed.")]
    // Datelines.
    [InlineData("MOSCOW, June 3 (Reuters) - Russia warned Israel on Tuesday. Tehran welcomed it.", "MOSCOW, June 3 (Reuters) - Russia warned Israel on Tuesday.|Tehran welcomed it.")]
    [InlineData("WASHINGTON (AP) — The U.S. imposed sanctions on Iran. Moscow protested.", "WASHINGTON (AP) — The U.S. imposed sanctions on Iran.|Moscow protested.")]
    // Lines.
    [InlineData("First line without period\nSecond line.", "First line without period|Second line.")]
    [InlineData("Russia and Iran signed a treaty that\nincludes closer defense cooperation.", "Russia and Iran signed a treaty that\nincludes closer defense cooperation.")]
    [InlineData("Russia warned Israel.\r\nIran agreed.\r\n", "Russia warned Israel.|Iran agreed.")]
    [InlineData("The pact was ratified last\r\nmonth by Iran's parliament.", "The pact was ratified last\r\nmonth by Iran's parliament.")]
    [InlineData("Talks ended.\nthen nothing happened.", "Talks ended.|then nothing happened.")]
    [InlineData("Ties deepened\n\nand grew stronger.", "Ties deepened|and grew stronger.")]
    [InlineData("Moscow, Tehran\nBeijing", "Moscow, Tehran|Beijing")]
    [InlineData("  \n\n   \r\n", "")]
    // Bullets and tables of contents.
    [InlineData("Table of Contents\n- Historical Foundations\n- Defining the Alliance\n", "Table of Contents|Historical Foundations|Defining the Alliance")]
    [InlineData("- Russia supplies reactors. Iran supplies drones.", "Russia supplies reactors.|Iran supplies drones.")]
    [InlineData("1. First point\n2) Second point\n10. Tenth point", "First point|Second point|Tenth point")]
    [InlineData("  • Name : Lila Terry\n  • url : https://twitter.com/ebba_dev", "Name : Lila Terry|url : https://twitter.com/ebba_dev")]
    [InlineData("* Item with e.g. an example\n· Dot item\n– Dash item", "Item with e.g. an example|Dot item|Dash item")]
    [InlineData("**Bold** start of a line", "**Bold** start of a line")]
    [InlineData("## Russia and Iran\nBody text follows.", "Russia and Iran|Body text follows.")]
    [InlineData("---\nBody text follows.", "Body text follows.")]
    // Titles.
    [InlineData("Would Russia Defend Iran? Unpacking A Complex Alliance", "Would Russia Defend Iran?|Unpacking A Complex Alliance")]
    // Glued headings after closers, question marks and numbers.
    [InlineData("It was called \"a new era.\"Beyond the Rhetoric", "It was called \"a new era.\"|Beyond the Rhetoric")]
    [InlineData("They are partners.[3]Military Ties", "They are partners.[3]|Military Ties")]
    [InlineData("Will Ankara join?Lessons From Baku", "Will Ankara join?|Lessons From Baku")]
    [InlineData("That was enough!Next Steps", "That was enough!|Next Steps")]
    [InlineData("The pipe opens in 2027.The Road Ahead", "The pipe opens in 2027.|The Road Ahead")]
    [InlineData("Ties improved in the 1990s.Defining the Partnership", "Ties improved in the 1990s.|Defining the Partnership")]
    [InlineData("See example.com/view?Id=5 for the data.", "See example.com/view?Id=5 for the data.")]
    [InlineData("Read it at example.org/page.Html today.", "Read it at example.org/page.Html today.")]
    [InlineData("Yahoo!News reported it first.", "Yahoo!News reported it first.")]
    // Citation marks set off by spaces, and notes in words.
    [InlineData("Iran and Russia are partners. [4] [5] They coordinate.", "Iran and Russia are partners. [4] [5]|They coordinate.")]
    [InlineData("It dates to 1992.[citation needed] Others disagree.", "It dates to 1992.[citation needed]|Others disagree.")]
    [InlineData("It dates to 1992.[a] Others disagree.", "It dates to 1992.[a]|Others disagree.")]
    [InlineData("It dates to 1992. [The date is disputed.] Others disagree.", "It dates to 1992.|[The date is disputed.]|Others disagree.")]
    // Wire copy wrapped before a capital: after a continuation word, a comma, a spaced dash or an abbreviation.
    [InlineData("Troops gathered near the\nPolish border.", "Troops gathered near the\nPolish border.")]
    [InlineData("The minister said the talks had been\n\"difficult\". Both sides left.", "The minister said the talks had been\n\"difficult\".|Both sides left.")]
    [InlineData("Delegates from Iran,\nChina and Russia met.", "Delegates from Iran,\nChina and Russia met.")]
    [InlineData("MOSCOW (Wire) -\nRussia warned Israel.", "MOSCOW (Wire) -\nRussia warned Israel.")]
    [InlineData("MOSCOW (Wire) —\nRussia warned Israel.", "MOSCOW (Wire) —\nRussia warned Israel.")]
    [InlineData("The talks were chaired by Lt.\nGen. Bekov. They ended.", "The talks were chaired by Lt.\nGen. Bekov.|They ended.")]
    [InlineData("Fighting stopped on Nov.\n30 after talks.", "Fighting stopped on Nov.\n30 after talks.")]
    [InlineData("Aid came from the U.S.\nThe move angered Moscow.", "Aid came from the U.S.|The move angered Moscow.")]
    [InlineData("Beyond simple yes or no.\nThe evidence is clear.", "Beyond simple yes or no.|The evidence is clear.")]
    [InlineData("Talks ended.\nThe envoys left.", "Talks ended.|The envoys left.")]
    [InlineData("Topics for the\n- first session", "Topics for the|first session")]
    [InlineData("Notes on the\n\nRoad Ahead", "Notes on the|Road Ahead")]
    [InlineData("Relations with Theodore\nThe Next Decade", "Relations with Theodore|The Next Decade")]
    [InlineData("Sanctions and Their Limits\nThe EU acted.", "Sanctions and Their Limits|The EU acted.")]
    [InlineData("Dashes -\n---\nBody text.", "Dashes -|Body text.")]
    // Lettered and parenthesised list markers.
    [InlineData("States are asked to:\na) halt arms sales;\nb) freeze assets.", "States are asked to:|halt arms sales;|freeze assets.")]
    [InlineData("(a) First point\n(b) Second point\n(3) Third point", "First point|Second point|Third point")]
    [InlineData("a. b. c. are letters.", "a. b. c. are letters.")]
    [InlineData("(1992) was a hard year.", "(1992) was a hard year.")]
    // Pack words: US state abbreviations end a sentence only before a sentence starter; more sentence starters.
    [InlineData("NORFOLK, Va. (Wire) - The Navy sailed.", "NORFOLK, Va. (Wire) - The Navy sailed.")]
    [InlineData("He lives in Richmond, Va. The city is old.", "He lives in Richmond, Va.|The city is old.")]
    [InlineData("The summit closed at 6 p.m. Then ministers left.", "The summit closed at 6 p.m.|Then ministers left.")]
    public void Splits_into_expected_sentences(string text, string expected)
    {
        Sentences(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Would Russia Defend Iran? Unpacking A Complex Alliance", "Body?|Heading")]
    [InlineData("Table of Contents\n- Historical Foundations\n- A Deeper Commitment?", "Heading|ListItem|ListItem?")]
    [InlineData("Russia and Iran are partners. They trade oil.", "Body|Body")]
    [InlineData("even if not always explicitly formalized.Defining the Strategic Alliance", "Body|Heading")]
    [InlineData("## Is this the end?\nA short line\nA long line without punctuation that goes on and on and on for well over twenty words so that it cannot be a heading at all",
        "Heading?|Heading|Body")]
    [InlineData("- Russia supplies reactors. Iran supplies drones.", "ListItem|ListItem")]
    [InlineData("Detail Author:\n\nfacebook:", "Heading|Heading")]
    [InlineData("She asked, \"Would Russia defend Iran?\"", "Body?")]
    [InlineData("“Is this an alliance?” he asked.", "Body")]
    [InlineData("**Would Russia act?**", "Body?")]
    [InlineData("What now?!", "Body?")]
    [InlineData("Iran denied it (did it?) and moved on.", "Body")]
    [InlineData("Iran and Russia are allies.[4]\nAllies [4]", "Body|Heading")]
    [InlineData("States are asked to:\na) halt arms sales;\n(b) freeze assets.", "Heading|ListItem|ListItem")]
    [InlineData("Troops gathered near the\nPolish border", "Heading")]
    public void Classifies_kind_and_question(string text, string expected)
    {
        string actual = string.Join("|", Split(text).Select(s => s.Kind + (s.IsQuestion ? "?" : "")));

        actual.Should().Be(expected);
    }

    [Fact]
    public void Spans_are_offsets_into_the_original_text()
    {
        const string text = "  Dr. Smith went home.  \r\n**He slept.**\n\n- Item one\n";

        Split(text).Select(s => (s.Span.Start, s.Span.End)).Should().Equal((2, 22), (28, 37), (43, 51));
    }

    [Fact]
    public void Soft_wrapped_sentence_keeps_the_newline_inside_its_span()
    {
        const string text = "Russia signed a deal to build eight\nnuclear reactors in Iran. It is large.";

        List<SentenceBoundary> sentences = Split(text);

        sentences.Select(s => (s.Span.Start, s.Span.End)).Should().Equal((0, 61), (62, 74));
        text[sentences[0].Span.Start..sentences[0].Span.End].Should().Contain("\n");
    }

    [Fact]
    public void Appends_to_the_output_list()
    {
        var output = new List<SentenceBoundary> { new(new TextSpan(0, 1), SentenceKind.Body, false) };

        Splitter.Split("One. Two.", output);

        output.Should().HaveCount(3);
    }

    [Fact]
    public void Factory_lower_cases_abbreviations_and_matches_them_case_insensitively()
    {
        SentenceSplitter splitter = SentenceSplitter.FromPackText(["GEN."], ["U.S."], ["The"], ["the"]);
        var output = new List<SentenceBoundary>();

        splitter.Split("Gen. Gerasimov left the U.S. The talks ended.", output);

        output.Should().HaveCount(2);
        output[0].Span.End.Should().Be("Gen. Gerasimov left the U.S.".Length);
    }

    [Fact]
    public void Lexicon_decides_the_abbreviations()
    {
        var bare = new SentenceSplitter(new SplitterLexicon(
            new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>()));
        var output = new List<SentenceBoundary>();

        bare.Split("Dr. Smith went home.", output);

        output.Should().HaveCount(2, "without the pack's abbreviations \"Dr.\" ends a sentence");
    }

    [Fact]
    public void Lexicon_decides_the_continuation_words()
    {
        var words = new HashSet<string>();
        var starters = new HashSet<string>();
        const string text = "Troops gathered near the\nPolish border.";
        var without = new List<SentenceBoundary>();
        var with = new List<SentenceBoundary>();

        new SentenceSplitter(new SplitterLexicon(words, words, starters, new HashSet<string>())).Split(text, without);
        new SentenceSplitter(new SplitterLexicon(words, words, starters, new HashSet<string> { "the" })).Split(text, with);

        without.Should().HaveCount(2, "a line ending in a word the pack does not list ends at the line break");
        with.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(0, text.Length));
    }

    [Theory]
    [MemberData(nameof(SeedArticles.All), MemberType = typeof(SeedArticles))]
    public void Seed_spans_are_ordered_trimmed_inside_the_text_and_disjoint(string seed)
    {
        string text = SeedArticles.Read(seed);

        List<SentenceBoundary> sentences = Split(text);

        sentences.Should().HaveCountGreaterThan(100);
        int previousEnd = 0;
        foreach (SentenceBoundary sentence in sentences)
        {
            sentence.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            sentence.Span.End.Should().BeGreaterThan(sentence.Span.Start).And.BeLessThanOrEqualTo(text.Length);
            char.IsWhiteSpace(text[sentence.Span.Start]).Should().BeFalse();
            char.IsWhiteSpace(text[sentence.Span.End - 1]).Should().BeFalse();
            text[sentence.Span.Start..sentence.Span.End].Should().NotContain("\n\n");
            previousEnd = sentence.Span.End;
        }
    }

    [Theory]
    [MemberData(nameof(SeedArticles.All), MemberType = typeof(SeedArticles))]
    public void Seed_spans_and_gaps_reproduce_the_text_and_gaps_hold_only_whitespace_and_markup(string seed)
    {
        string text = SeedArticles.Read(seed);
        var rebuilt = new StringBuilder();
        int cursor = 0;

        foreach (SentenceBoundary sentence in Split(text))
        {
            string gap = text[cursor..sentence.Span.Start];
            gap.Should().Match(g => g.All(c => char.IsWhiteSpace(c) || c == '*' || c == '-' || c == '•'), $"gap before offset {sentence.Span.Start} is \"{gap}\"");
            rebuilt.Append(gap).Append(text, sentence.Span.Start, sentence.Span.Length);
            cursor = sentence.Span.End;
        }

        text[cursor..].Should().Match(g => g.All(char.IsWhiteSpace));
        rebuilt.Append(text, cursor, text.Length - cursor).ToString().Should().Be(text);
    }

    [Fact]
    public void Seed_is_iran_an_ally_of_russia_splits_as_expected()
    {
        string text = SeedArticles.Read(SeedArticles.IsIranAnAllyOfRussia);

        List<SentenceBoundary> sentences = Split(text);
        List<string> texts = [.. sentences.Select(s => text[s.Span.Start..s.Span.End])];

        texts[0].Should().Be("Is Iran An Ally Of Russia?");
        sentences[0].IsQuestion.Should().BeTrue();
        texts[1].Should().Be("Unpacking A Complex Geopolitical Partnership");
        sentences[1].Kind.Should().Be(SentenceKind.Heading);
        texts.Should().Contain(t => t.StartsWith("The question, \"Is Iran an ally of Russia?\" is not merely", StringComparison.Ordinal)
            && t.EndsWith("opposition to Western hegemony.", StringComparison.Ordinal));
        KindsOf(sentences, texts, "Defining the Strategic Alliance: More Than Just Cooperation").Should().Equal(SentenceKind.ListItem, SentenceKind.Heading);
        texts.Should().Contain(t => t.EndsWith("even if not always explicitly formalized.", StringComparison.Ordinal));
        KindsOf(sentences, texts, "Iran's Role in Russia's War Against Ukraine").Should().Equal(SentenceKind.ListItem, SentenceKind.Heading);
        texts.Should().Contain("This evolving military nexus poses significant challenges to regional stability and the balance of power, prompting close monitoring from the U.S. and its allies.");
        texts.Should().Contain("Since the fall of the Soviet Union, the two nations have generally enjoyed very close cordial relations.");
        texts.Should().Contain(t => t.StartsWith("Nevertheless, **with the partnership ratified", StringComparison.Ordinal)
            && t.Contains("as the U.S.** and its allies monitor closely", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("A single X post, which garnered more than 6.1 million views,", StringComparison.Ordinal)
            && t.EndsWith("underscoring its global significance.", StringComparison.Ordinal));
        KindsOf(sentences, texts, "Conclusion").Should().Equal(SentenceKind.Heading);
        texts.Should().Contain("To answer the question, \"Is Iran an ally of Russia?\" with precision, one must move beyond simple yes or no.");
        sentences.Count(s => s.Kind == SentenceKind.ListItem).Should().Be(8, "the table of contents has eight entries");
        KindsOf(sentences, texts, "The Strategic Partnership Agreement: A Deeper Commitment?").Should().Equal(SentenceKind.ListItem, SentenceKind.Body);
        texts[^1].Should().Be("Iran Opens Airspace Only For India, 1,000 Students To Land In Delhi Tonight");
        sentences[^1].Kind.Should().Be(SentenceKind.Heading);
    }

    [Fact]
    public void Seed_would_russia_defend_iran_splits_as_expected()
    {
        string text = SeedArticles.Read(SeedArticles.WouldRussiaDefendIran);

        List<SentenceBoundary> sentences = Split(text);
        List<string> texts = [.. sentences.Select(s => text[s.Span.Start..s.Span.End])];

        texts[0].Should().Be("Would Russia Defend Iran?");
        sentences[0].IsQuestion.Should().BeTrue();
        texts[1].Should().Be("Unpacking A Complex Alliance");
        sentences[1].Kind.Should().Be(SentenceKind.Heading);
        texts[2].Should().Be("The question of whether Russia would defend Iran in a direct military conflict is one of the most pressing and complex geopolitical puzzles of our time.");
        texts[3].Should().EndWith("global power dynamics.");
        texts.Should().Contain("Russia and Iran have long been economic and strategic partners.");
        texts.Should().Contain("This is a crucial distinction to make when asking, \"would Russia defend Iran?\"");
        texts.Should().Contain(t => t.StartsWith("By creating alternative payment channels", StringComparison.Ordinal) && t.EndsWith("the U.S. dollar.", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("This offer, while supported by the U.S. in some contexts", StringComparison.Ordinal));
        texts.Should().Contain(t => t.Contains("needed—say, advanced fighter jets or sophisticated air defenses—to deter", StringComparison.Ordinal));
        KindsOf(sentences, texts, "The \"Axis\" Narrative vs. Reality").Should().Equal(SentenceKind.Heading);
        texts.Should().Contain(t => t.Contains("critical global issues.", StringComparison.Ordinal) && t.StartsWith("Share your insights", StringComparison.Ordinal));
        KindsOf(sentences, texts, "Map of Russia - Guide of the World").Should().HaveCount(4, "three caption lines and the tail glued to the last paragraph").And.AllBeEquivalentTo(SentenceKind.Heading);
        texts.Should().Contain("Address : 69599 Dickens Plain Apt. 651 New Claudiachester, TX 21767");
        texts.Should().Contain("Email : rylan61@turner.com");
        texts.Should().Contain("url : https://twitter.com/ebba_dev");
        sentences.Where(s => s.IsQuestion).Select(s => text[s.Span.Start..s.Span.End]).Should().Equal(
            "Would Russia Defend Iran?",
            "This is a crucial distinction to make when asking, \"would Russia defend Iran?\"",
            "What are your thoughts on the future trajectory of this complex alliance?");
    }

    internal static SentenceSplitter FromDefaultPack()
    {
        TextEntry lists = RulePack.Default.Document.Text;
        return SentenceSplitter.FromPackText(lists.Abbreviations, lists.FinalAbbreviations, lists.SentenceStarters, lists.ContinuationWords);
    }

    private static List<SentenceBoundary> Split(string text)
    {
        var output = new List<SentenceBoundary>();
        Splitter.Split(text, output);
        return output;
    }

    private static string Sentences(string text) =>
        string.Join("|", Split(text).Select(s => text[s.Span.Start..s.Span.End]));

    // The kinds of every sentence whose text is exactly the given one, in document order.
    private static List<SentenceKind> KindsOf(List<SentenceBoundary> sentences, List<string> texts, string sentence) =>
        [.. Enumerable.Range(0, texts.Count).Where(i => texts[i] == sentence).Select(i => sentences[i].Kind)];
}
