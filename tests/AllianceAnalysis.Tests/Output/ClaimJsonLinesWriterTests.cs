using System.Text.Json;
using AllianceAnalysis.Output;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Output;

public class ClaimJsonLinesWriterTests
{
    private const string Text = "Intro line.\nAs Lavrov noted, Russia will not \"defend\" Iran’s regime.\nEnd.";

    private static readonly Document Article = new("corpus/articles/x.txt", Text);

    private static readonly Claim HandBuilt = new()
    {
        Id = "c-0001",
        Source = "IRN",
        Target = "RUS",
        Relation = "defense-pact",
        Polarity = Polarity.Negated,
        Modality = Modality.Intended,
        Strength = 0.6,
        AttributedTo = new Attribution("Lavrov", "RUS", 15, 21),
        Evidence = new Evidence
        {
            Document = Article.Id,
            Sentence = 1,
            Start = 12,
            End = 68,
            Text = Text[12..68],
            Trigger = new TextFragment(46, 52, Text[46..52]),
            Rule = "defense-pact/defend",
            Pack = "core@1.0.0",
            Cues = [new QualifierCue("intention", 36, 40, Text[36..40]), new QualifierCue("negation", 41, 44, Text[41..44])],
        },
    };

    private static string Write(params Claim[] claims)
    {
        var writer = new StringWriter();
        ClaimJsonLinesWriter.Write(writer, claims);
        return writer.ToString();
    }

    [Fact]
    public void Writes_the_contract_fields_in_order_on_one_line()
    {
        const string expected = """
            {"id":"c-0001","source":"IRN","target":"RUS","relation":"defense-pact","polarity":"negated","modality":"intended","strength":0.6,"attributedTo":{"text":"Lavrov","actor":"RUS","start":15,"end":21},"time":null,"otherParty":null,"evidence":{"document":"corpus/articles/x.txt","sentence":1,"start":12,"end":68,"text":"As Lavrov noted, Russia will not \"defend\" Iran’s regime.","trigger":{"start":46,"end":52,"text":"defend"},"rule":"defense-pact/defend","pack":"core@1.0.0","cues":[{"kind":"intention","start":36,"end":40,"text":"will"},{"kind":"negation","start":41,"end":44,"text":"not"}]}}
            """ + "\n";

        Write(HandBuilt).Should().Be(expected);
    }

    [Fact]
    public void Round_trips_and_every_offset_points_at_its_text_in_the_document()
    {
        using JsonDocument json = JsonDocument.Parse(Write(HandBuilt));
        JsonElement root = json.RootElement;
        JsonElement evidence = root.GetProperty("evidence");

        root.GetProperty("id").GetString().Should().Be("c-0001");
        root.GetProperty("strength").GetDouble().Should().Be(0.6);
        root.GetProperty("attributedTo").GetProperty("actor").GetString().Should().Be("RUS");
        Slice(root.GetProperty("attributedTo")).Should().Be(root.GetProperty("attributedTo").GetProperty("text").GetString());
        Slice(evidence).Should().Be(evidence.GetProperty("text").GetString()).And.Be(HandBuilt.Evidence.Text);
        Slice(evidence.GetProperty("trigger")).Should().Be("defend");
        evidence.GetProperty("cues").EnumerateArray().Select(cue => $"{cue.GetProperty("kind").GetString()}:{Slice(cue)}")
            .Should().Equal("intention:will", "negation:not");
        evidence.GetProperty("document").GetString().Should().Be(Article.Id);
    }

    [Fact]
    public void Absent_attribution_time_and_other_party_are_written_as_null()
    {
        Claim bare = TestClaims.Make("a.txt", "Iran supplied drones to Russia.", 0.8);

        using JsonDocument json = JsonDocument.Parse(Write(bare));

        foreach (string name in new[] { "attributedTo", "time", "otherParty" })
        {
            json.RootElement.GetProperty(name).ValueKind.Should().Be(JsonValueKind.Null, name);
        }

        json.RootElement.GetProperty("evidence").GetProperty("cues").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Time_and_other_party_are_written_when_present()
    {
        Claim mediation = TestClaims.Make("a.txt", "Qatar mediated between Israel and Hamas last week.", 0.8, source: "QAT", target: "ISR", relation: "mediation")
            with { Time = "last week", OtherParty = "HAMAS" };

        using JsonDocument json = JsonDocument.Parse(Write(mediation));

        json.RootElement.GetProperty("time").GetString().Should().Be("last week");
        json.RootElement.GetProperty("otherParty").GetString().Should().Be("HAMAS");
    }

    [Fact]
    public void Writes_one_line_per_claim_with_lf_line_ends()
    {
        string output = Write(
            TestClaims.Make("a.txt", "First\r\nsentence.", 0.5),
            TestClaims.Make("b.txt", "Second sentence.", 0.5),
            HandBuilt);

        output.Should().EndWith("\n").And.NotContain("\r\n");
        string[] lines = output.Split('\n');
        lines.Should().HaveCount(4).And.EndWith(string.Empty);
        lines[..3].Select(line => JsonDocument.Parse(line).RootElement.GetProperty("evidence").GetProperty("document").GetString())
            .Should().Equal("a.txt", "b.txt", Article.Id);
    }

    [Fact]
    public void No_claims_write_nothing()
    {
        Write().Should().BeEmpty();
    }

    [Theory]
    [InlineData(Modality.Asserted, Polarity.Affirmed, "asserted", "affirmed")]
    [InlineData(Modality.Hedged, Polarity.Negated, "hedged", "negated")]
    [InlineData(Modality.Intended, Polarity.Affirmed, "intended", "affirmed")]
    [InlineData(Modality.Hypothetical, Polarity.Negated, "hypothetical", "negated")]
    public void Enums_are_written_as_lower_case_names(Modality modality, Polarity polarity, string modalityName, string polarityName)
    {
        using JsonDocument json = JsonDocument.Parse(Write(TestClaims.Make("a.txt", "Some sentence.", 0.5, polarity, modality: modality)));

        json.RootElement.GetProperty("modality").GetString().Should().Be(modalityName);
        json.RootElement.GetProperty("polarity").GetString().Should().Be(polarityName);
    }

    [Fact]
    public void Long_outputs_are_complete()
    {
        Claim[] claims = [.. Enumerable.Range(0, 2000).Select(i => TestClaims.Make($"doc-{i}.txt", $"Sentence number {i} with “quotes” and ünïcödé.", 0.5))];

        string[] lines = Write(claims).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(2000);
        JsonDocument.Parse(lines[1999]).RootElement.GetProperty("evidence").GetProperty("text").GetString()
            .Should().Be("Sentence number 1999 with “quotes” and ünïcödé.");
    }

    private static string Slice(JsonElement element) =>
        Text[element.GetProperty("start").GetInt32()..element.GetProperty("end").GetInt32()];
}
