using System.Text.Json;
using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Output;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Output;

public class RelationWriterTests
{
    private static RelationSet WorkedExample()
    {
        var aggregator = new RelationAggregator();
        aggregator.AddRange(
        [
            TestClaims.Make("a.txt", "Iran supplied drones to Russia.", 0.8, start: 0),
            TestClaims.Make("b.txt", "Tehran seems to ship missiles to Moscow.", 0.6, start: 10, modality: Modality.Hedged),
            TestClaims.Make("b.txt", "Iran has not sent ballistic missiles to Russia.", 0.7, Polarity.Negated, start: 60),
        ]);
        return aggregator.ToRelations();
    }

    private static string Json(RelationSet relations)
    {
        var writer = new StringWriter();
        RelationJsonWriter.Write(writer, relations);
        return writer.ToString();
    }

    private static string Csv(RelationSet relations)
    {
        var writer = new StringWriter();
        RelationCsvWriter.Write(writer, relations);
        return writer.ToString();
    }

    [Fact]
    public void Json_of_the_worked_example_rounds_aggregates_to_four_decimals()
    {
        string output = Json(WorkedExample());

        output.Should().Contain("\"support\": 0.92,").And.Contain("\"opposition\": 0.7,").And.Contain("\"score\": 0.22,");
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement relation = json.RootElement.GetProperty("relations").EnumerateArray().Single();
        relation.GetProperty("source").GetString().Should().Be("IRN");
        relation.GetProperty("target").GetString().Should().Be("RUS");
        relation.GetProperty("relation").GetString().Should().Be("arms");
        relation.GetProperty("affirmed").GetInt32().Should().Be(2);
        relation.GetProperty("negated").GetInt32().Should().Be(1);
        relation.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).Should().Equal("a.txt", "b.txt");
        relation.GetProperty("corroborations").GetInt32().Should().Be(0);
        JsonElement affirmed = relation.GetProperty("strongestAffirmed");
        affirmed.GetProperty("document").GetString().Should().Be("a.txt");
        affirmed.GetProperty("text").GetString().Should().Be("Iran supplied drones to Russia.");
        affirmed.GetProperty("strength").GetDouble().Should().Be(0.8);
        affirmed.GetProperty("modality").GetString().Should().Be("asserted");
        affirmed.GetProperty("attributedTo").ValueKind.Should().Be(JsonValueKind.Null);
        relation.GetProperty("strongestNegated").GetProperty("claim").GetString().Should().Be(WorkedExample().Profiles[0].StrongestNegated!.Id);
    }

    [Fact]
    public void Json_is_indented_with_lf_and_writes_a_missing_side_as_null()
    {
        var aggregator = new RelationAggregator();
        aggregator.Add(TestClaims.Make("a.txt", "Iran and Russia trade.", 0.5, relation: "trade"));

        string expected = string.Join('\n',
            "{",
            "  \"relations\": [",
            "    {",
            "      \"source\": \"IRN\",",
            "      \"target\": \"RUS\",",
            "      \"relation\": \"trade\",",
            "      \"affirmed\": 1,",
            "      \"negated\": 0,",
            "      \"documents\": [",
            "        \"a.txt\"",
            "      ],",
            "      \"support\": 0.5,",
            "      \"opposition\": 0,",
            "      \"score\": 0.5,",
            "      \"corroborations\": 0,",
            "      \"strongestAffirmed\": {",
            "        \"claim\": \"a.txt#0/trade/IRN-RUS/Affirmed/0.5\",",
            "        \"document\": \"a.txt\",",
            "        \"sentence\": 0,",
            "        \"start\": 0,",
            "        \"end\": 22,",
            "        \"text\": \"Iran and Russia trade.\",",
            "        \"strength\": 0.5,",
            "        \"modality\": \"asserted\",",
            "        \"attributedTo\": null",
            "      },",
            "      \"strongestNegated\": null",
            "    }",
            "  ]",
            "}",
            string.Empty);

        Json(aggregator.ToRelations()).Should().Be(expected);
    }

    [Fact]
    public void Json_of_an_empty_set_has_an_empty_relations_array()
    {
        Json(RelationSet.Empty).Should().Be("{\n  \"relations\": []\n}\n");
    }

    [Fact]
    public void Csv_has_the_header_and_invariant_rounded_numbers()
    {
        string[] lines = Csv(WorkedExample()).Split("\r\n");

        lines.Should().HaveCount(3);
        lines[0].Should().Be(RelationCsvWriter.Header)
            .And.Be("source,target,relation,affirmed,negated,documents,support,opposition,score,corroborations,strongest_affirmed_text,strongest_negated_text");
        lines[1].Should().Be("IRN,RUS,arms,2,1,a.txt;b.txt,0.92,0.7,0.22,0,Iran supplied drones to Russia.,Iran has not sent ballistic missiles to Russia.");
        lines[2].Should().BeEmpty();
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_quotes_and_newlines()
    {
        var aggregator = new RelationAggregator();
        aggregator.AddRange(
        [
            TestClaims.Make("x,y.txt", "Iran, it says, \"supplied\"\ndrones.", 0.5),
            TestClaims.Make("plain.txt", "Iran did not send tanks.", 0.25, Polarity.Negated),
        ]);

        string output = Csv(aggregator.ToRelations());

        output.Should().Be(
            RelationCsvWriter.Header + "\r\n"
            + "IRN,RUS,arms,1,1,\"plain.txt;x,y.txt\",0.5,0.25,0.25,0,\"Iran, it says, \"\"supplied\"\"\ndrones.\",Iran did not send tanks.\r\n");
    }

    [Fact]
    public void Csv_of_an_empty_set_is_just_the_header()
    {
        Csv(RelationSet.Empty).Should().Be(RelationCsvWriter.Header + "\r\n");
    }

    [Fact]
    public void Negative_scores_are_written_with_a_sign_and_no_negative_zero()
    {
        var aggregator = new RelationAggregator();
        aggregator.AddRange(
        [
            TestClaims.Make("a.txt", "Russia will not defend Iran.", 0.87, Polarity.Negated, relation: "defense-pact"),
            TestClaims.Make("a.txt", "Iran and Russia trade.", 0.4, relation: "trade"),
            TestClaims.Make("b.txt", "Iran and Russia do not trade much.", 0.4, Polarity.Negated, relation: "trade"),
        ]);
        RelationSet set = aggregator.ToRelations();

        Csv(set).Split("\r\n")[1].Should().StartWith("IRN,RUS,defense-pact,0,1,a.txt,0,0.87,-0.87,0,,");
        Csv(set).Split("\r\n")[2].Should().StartWith("IRN,RUS,trade,1,1,a.txt;b.txt,0.4,0.4,0,0,");
    }
}
