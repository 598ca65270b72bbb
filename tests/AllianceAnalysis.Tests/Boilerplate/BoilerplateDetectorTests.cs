using AllianceAnalysis.Boilerplate;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Tests.Boilerplate;

public class BoilerplateDetectorTests
{
    private const string Body =
        "Russia and Iran signed a strategic partnership agreement last month. It does not include a mutual defense clause.\n\n" +
        "Moscow warned of a catastrophe if Israel continues to strike nuclear sites in Iran. The Kremlin offered to mediate.\n\n";

    private static readonly BoilerplateDetector Detector = FromDefaultPack();

    [Fact]
    public void Seed_is_iran_an_ally_of_russia_marks_the_share_prompt_and_the_trailing_headlines()
    {
        string text = SeedArticles.Read(SeedArticles.IsIranAnAllyOfRussia);

        IReadOnlyList<BoilerplateRegion> regions = Detector.Detect(text);

        regions.Select(r => r.Kind).Should().Equal(BoilerplateKind.SharePrompt, BoilerplateKind.TrailingHeadline);
        Slice(text, regions[0]).Should().StartWith("What are your thoughts on the evolving relationship between Iran and Russia?")
            .And.EndWith("explore our other articles on international relations.");
        Slice(text, regions[1]).Should().StartWith("Iran Wants To Negotiate After Crippling Israeli Strikes | The Daily Caller")
            .And.Contain("Israel targets Iran's Defense Ministry headquarters as Tehran unleashes")
            .And.EndWith("Iran Opens Airspace Only For India, 1,000 Students To Land In Delhi Tonight");
        regions[1].Span.End.Should().Be(text.TrimEnd().Length);
        foreach (string boilerplate in new[] { "Share your", "The Daily Caller", "Opens Airspace", "Defense Ministry headquarters", "explore our other articles" })
        {
            IsInside(text, regions, boilerplate).Should().BeTrue($"\"{boilerplate}\" is boilerplate");
        }
    }

    [Fact]
    public void Seed_would_russia_defend_iran_marks_share_prompt_captions_and_author_profile()
    {
        string text = SeedArticles.Read(SeedArticles.WouldRussiaDefendIran);

        IReadOnlyList<BoilerplateRegion> regions = Detector.Detect(text);

        regions.Select(r => r.Kind).Should().Equal(
            BoilerplateKind.SharePrompt,
            BoilerplateKind.Caption, BoilerplateKind.Caption, BoilerplateKind.Caption, BoilerplateKind.Caption, BoilerplateKind.Caption,
            BoilerplateKind.AuthorProfile);
        Slice(text, regions[0]).Should().StartWith("What are your thoughts on the future trajectory of this complex alliance?")
            .And.EndWith("critical global issues. Map of Russia - Guide of the World");
        regions.Skip(1).Take(5).Select(r => Slice(text, r)).Should().Equal(
            "Map of Russia - Guide of the World",
            "Russia - United States Department of State",
            "Russia - United States Department of State",
            "Map of Russia - Guide of the World",
            "Map of Russia - Guide of the World");
        Slice(text, regions[6]).Should().StartWith("Detail Author:").And.EndWith("following : 2132");
        regions[6].Span.End.Should().Be(text.TrimEnd().Length);
        foreach (string boilerplate in new[] { "Lila Terry", "rosario93", "ebba_dev", "Socials", "Map of Russia", "Department of State", "Share your", "followers : 606" })
        {
            IsInside(text, regions, boilerplate).Should().BeTrue($"\"{boilerplate}\" is boilerplate");
        }
    }

    [Theory]
    [MemberData(nameof(SeedArticles.All), MemberType = typeof(SeedArticles))]
    public void Seed_regions_are_ordered_disjoint_trimmed_and_leave_the_article_body_alone(string seed)
    {
        string text = SeedArticles.Read(seed);

        IReadOnlyList<BoilerplateRegion> regions = Detector.Detect(text);

        int previousEnd = 0;
        foreach (BoilerplateRegion region in regions)
        {
            region.Kind.Should().NotBe(BoilerplateKind.None);
            region.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            region.Span.End.Should().BeGreaterThan(region.Span.Start).And.BeLessThanOrEqualTo(text.Length);
            char.IsWhiteSpace(text[region.Span.Start]).Should().BeFalse();
            char.IsWhiteSpace(text[region.Span.End - 1]).Should().BeFalse();
            previousEnd = region.Span.End;
        }

        // The article body runs up to the share prompt, which opens the first region.
        int bodyEnd = text.IndexOf("What are your thoughts", StringComparison.Ordinal);
        regions[0].Span.Start.Should().Be(bodyEnd);
    }

    [Theory]
    [InlineData(SeedArticles.IsIranAnAllyOfRussia, "Is Iran An Ally Of Russia? Unpacking A Complex Geopolitical Partnership")]
    [InlineData(SeedArticles.IsIranAnAllyOfRussia, "Table of Contents")]
    [InlineData(SeedArticles.IsIranAnAllyOfRussia, "Historical Foundations of the Iran-Russia Relationship")]
    [InlineData(SeedArticles.IsIranAnAllyOfRussia, "Iran's Role in Russia's War Against Ukraine")]
    [InlineData(SeedArticles.IsIranAnAllyOfRussia, "Conclusion")]
    [InlineData(SeedArticles.IsIranAnAllyOfRussia, "As this partnership continues to deepen")]
    [InlineData(SeedArticles.WouldRussiaDefendIran, "Would Russia Defend Iran? Unpacking A Complex Alliance")]
    [InlineData(SeedArticles.WouldRussiaDefendIran, "Russia and Iran have long been economic and strategic partners.")]
    [InlineData(SeedArticles.WouldRussiaDefendIran, "The \"Axis\" Narrative vs. Reality")]
    [InlineData(SeedArticles.WouldRussiaDefendIran, "Conclusion")]
    [InlineData(SeedArticles.WouldRussiaDefendIran, "This nuanced understanding is crucial for anyone seeking to comprehend the intricate dynamics of global power.")]
    public void Seed_titles_headings_and_body_sentences_are_not_boilerplate(string seed, string sentence)
    {
        string text = SeedArticles.Read(seed);

        IReadOnlyList<BoilerplateRegion> regions = Detector.Detect(text);

        int at = text.IndexOf(sentence, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        regions.Should().NotContain(r => r.Span.Overlaps(new TextSpan(at, at + sentence.Length)));
    }

    [Fact]
    public void Author_profile_runs_from_its_header_to_the_end()
    {
        string text = Body + Body + "About the author\n\nJohn Smith\nTwitter: @jsmith\n• Bio : Writes about Russia, Iran and the wider region for several outlets.\n";

        Kinds(text).Should().Be("AuthorProfile: About the author\n\nJohn Smith\nTwitter: @jsmith\n• Bio : Writes about Russia, Iran and the wider region for several outlets.");
    }

    [Fact]
    public void Author_profile_header_in_the_first_half_is_ignored()
    {
        string text = "Socials\n\nfacebook:\n\n" + Body;

        Kinds(text).Should().BeEmpty();
    }

    [Fact]
    public void Author_profile_header_followed_by_prose_is_ignored()
    {
        string text = Body + Body + "About the author\n" + Body;

        Kinds(text).Should().BeEmpty();
    }

    [Fact]
    public void Profile_header_must_be_a_whole_word_at_the_start_of_a_line()
    {
        string text = Body + Body + "Detail Authorship remains unclear\n\nThey said Socials\n";

        Kinds(text).Should().Be("TrailingHeadline: Detail Authorship remains unclear\n\nThey said Socials");
    }

    [Fact]
    public void Share_prompt_runs_from_its_sentence_to_the_end_of_the_paragraph()
    {
        string text = Body + "Both nations gain. What do you think? Leave a comment below. Thanks for reading.\n\nNext paragraph stays.";

        Kinds(text).Should().Be("SharePrompt: What do you think? Leave a comment below. Thanks for reading.");
    }

    [Fact]
    public void Share_prompt_at_the_start_of_a_line()
    {
        string text = Body + "Share your thoughts in the comments below.\n" + Body;

        Kinds(text).Should().Be("SharePrompt: Share your thoughts in the comments below.");
    }

    [Fact]
    public void Share_prompt_after_a_quoted_sentence_end()
    {
        string text = Body + "Lavrov called it \"a mistake.\" Subscribe to our newsletter for more.\n" + Body;

        Kinds(text).Should().Be("SharePrompt: Subscribe to our newsletter for more.");
    }

    [Fact]
    public void Cue_inside_a_longer_word_is_not_a_share_prompt()
    {
        string text = Body + "Analysts who follow us onward say little.\n" + Body;

        Kinds(text).Should().BeEmpty();
    }

    [Fact]
    public void Repeated_short_lines_after_the_body_are_captions_and_so_is_their_glued_copy()
    {
        string text = Body + "The Kremlin has consistently condemned Israeli strikes against Iranian targets and has publicly stated that Russia is prepared to act as a mediator. Photo of Moscow - Agency\n\nPhoto of Moscow - Agency\n\nPhoto of Moscow - Agency\n";

        Kinds(text).Should().Be("Caption: Photo of Moscow - Agency|Caption: Photo of Moscow - Agency|Caption: Photo of Moscow - Agency");
    }

    [Fact]
    public void Adjacent_copies_of_a_short_line_inside_the_body_are_captions()
    {
        string text = Body + "Putin meets Pezeshkian\n\nPutin meets Pezeshkian\n\n" + Body;

        Kinds(text).Should().Be("Caption: Putin meets Pezeshkian|Caption: Putin meets Pezeshkian");
    }

    [Fact]
    public void Table_of_contents_entries_and_their_headings_are_not_captions()
    {
        string text = "Table of Contents\nHistorical Foundations\nThe Economic Pillars\n\nHistorical Foundations\n" + Body + "The Economic Pillars\n" + Body;

        Kinds(text).Should().BeEmpty();
    }

    [Fact]
    public void Trailing_headlines_after_the_body_form_one_region()
    {
        string text = Body + "Iran Wants To Negotiate | The Daily Caller\n\nIsrael targets Iran's Defense Ministry\n";

        Kinds(text).Should().Be("TrailingHeadline: Iran Wants To Negotiate | The Daily Caller\n\nIsrael targets Iran's Defense Ministry");
    }

    [Theory]
    [InlineData("Map of Russia - Guide of the World", "Caption")]
    [InlineData("Map of Russia | Guide of the World", "Caption")]
    [InlineData("Israel targets Iran's Defense Ministry", "TrailingHeadline")]
    public void A_single_line_after_the_body_is_a_caption_when_it_credits_a_site(string line, string kind)
    {
        string text = Body + line + "\n";

        Kinds(text).Should().Be($"{kind}: {line}");
    }

    [Fact]
    public void Title_and_in_body_headings_are_not_boilerplate()
    {
        string text = "Would Russia Defend Iran? Unpacking A Complex Alliance\n\nHistorical Foundations\n\n" + Body + "Conclusion\n\n" + Body;

        Kinds(text).Should().BeEmpty();
    }

    [Fact]
    public void Document_of_headings_only_has_no_trailing_headlines()
    {
        Kinds("Would Russia Defend Iran\n\nUnpacking A Complex Alliance\n").Should().BeEmpty();
    }

    [Fact]
    public void Crlf_line_ends_are_handled()
    {
        string text = (Body + "What do you think? Tell us.\n\nRelated: Iran Opens Airspace\n").ReplaceLineEndings("\r\n");

        Kinds(text).Should().Be("SharePrompt: What do you think? Tell us.|TrailingHeadline: Related: Iran Opens Airspace");
    }

    [Fact]
    public void Empty_text_and_cue_lists_yield_no_regions()
    {
        var bare = new BoilerplateDetector(new BoilerplateCues([], []));

        Detector.Detect("").Should().BeEmpty();
        bare.Detect(Body + "What do you think? Tell us.\n").Should().BeEmpty();
    }

    private static BoilerplateDetector FromDefaultPack()
    {
        BoilerplateEntry lists = RulePack.Default.Document.Boilerplate;
        return new BoilerplateDetector(new BoilerplateCues(lists.SharePrompts, lists.ProfileHeaders));
    }

    private static string Slice(string text, BoilerplateRegion region) => text[region.Span.Start..region.Span.End];

    private static string Kinds(string text) =>
        string.Join("|", Detector.Detect(text).Select(r => $"{r.Kind}: {Slice(text, r)}"));

    private static bool IsInside(string text, IReadOnlyList<BoilerplateRegion> regions, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"\"{phrase}\" occurs in the text");
        return regions.Any(r => r.Span.Contains(new TextSpan(at, at + phrase.Length)));
    }
}
