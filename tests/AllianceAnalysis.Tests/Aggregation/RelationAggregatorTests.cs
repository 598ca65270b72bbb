using System.IO.Hashing;
using System.Text;
using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Aggregation;

public class RelationAggregatorTests
{
    private const string Supplied = "Iran supplied drones to Russia.";

    private static RelationSet Aggregate(params Claim[] claims)
    {
        var aggregator = new RelationAggregator();
        aggregator.AddRange(claims);
        return aggregator.ToRelations();
    }

    [Fact]
    public void Worked_example_two_affirmed_and_one_negated_sentence()
    {
        Claim strong = TestClaims.Make("a", "Iran supplied drones to Russia.", 0.8);
        Claim weaker = TestClaims.Make("a", "Tehran seems to ship missiles to Moscow.", 0.6, start: 40);
        Claim denial = TestClaims.Make("a", "Iran has not sent ballistic missiles to Russia.", 0.7, Polarity.Negated, start: 90);

        RelationProfile profile = Aggregate(weaker, denial, strong).Profiles.Should().ContainSingle().Subject;

        profile.Affirmed.Should().Be(2);
        profile.Negated.Should().Be(1);
        profile.Support.Should().BeApproximately(0.92, 1e-12, "1 - (1 - 0.8)(1 - 0.6) = 0.92");
        profile.Opposition.Should().BeApproximately(0.7, 1e-12);
        profile.Score.Should().BeApproximately(0.22, 1e-12);
        profile.Documents.Should().Equal("a");
        profile.Corroborations.Should().Be(0);
        profile.StrongestAffirmed.Should().BeSameAs(strong);
        profile.StrongestNegated.Should().BeSameAs(denial);
        profile.Evidence.Select(e => (e.Polarity, e.Strength)).Should().Equal(
            (Polarity.Affirmed, 0.8), (Polarity.Affirmed, 0.6), (Polarity.Negated, 0.7));
    }

    [Fact]
    public void Same_sentence_in_two_documents_is_one_evidence_and_one_corroboration()
    {
        Claim original = TestClaims.Make("wire/original.txt", Supplied, 0.8, start: 120);
        Claim copy = TestClaims.Make("blog/copy.txt", "Iran  supplied drones\nto Russia.", 0.8, start: 7);

        RelationProfile profile = Aggregate(original, copy).Profiles.Should().ContainSingle().Subject;

        profile.Affirmed.Should().Be(1);
        profile.Support.Should().Be(0.8, "the copy is not independent evidence");
        profile.Corroborations.Should().Be(1);
        profile.Documents.Should().Equal("blog/copy.txt", "wire/original.txt");
        ProfileEvidence evidence = profile.Evidence.Should().ContainSingle().Subject;
        evidence.Documents.Should().Equal("blog/copy.txt", "wire/original.txt");
        evidence.Claim.Should().BeSameAs(copy, "equal strengths are broken by document id");
    }

    [Fact]
    public void Same_sentence_twice_in_one_document_counts_once_with_its_highest_strength()
    {
        Claim weak = TestClaims.Make("a", Supplied, 0.5, start: 10);
        Claim strong = TestClaims.Make("a", Supplied, 0.9, start: 400);

        RelationProfile profile = Aggregate(weak, strong, weak).Profiles.Should().ContainSingle().Subject;

        profile.Affirmed.Should().Be(1);
        profile.Corroborations.Should().Be(0);
        profile.Support.Should().Be(0.9);
        profile.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Strength = 0.9, Claim = strong });
    }

    [Fact]
    public void The_same_text_affirmed_and_negated_is_two_pieces_of_evidence()
    {
        Claim affirmed = TestClaims.Make("a", Supplied, 0.8);
        Claim negated = TestClaims.Make("b", Supplied, 0.4, Polarity.Negated);

        RelationProfile profile = Aggregate(affirmed, negated).Profiles.Should().ContainSingle().Subject;

        profile.Affirmed.Should().Be(1);
        profile.Negated.Should().Be(1);
        profile.Corroborations.Should().Be(0);
        profile.Evidence.Select(e => e.Hash).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Evidence_hash_is_xxhash128_of_collapsed_text_and_polarity()
    {
        string expected = Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes("Iran supplied drones to Russia.|negated")))[..16];

        RelationProfile profile = Aggregate(TestClaims.Make("a", "  Iran supplied\t\tdrones \r\n to Russia. ", 0.5, Polarity.Negated))
            .Profiles.Single();

        profile.Evidence.Single().Hash.Should().Be(expected);
    }

    [Fact]
    public void Strongest_claim_ties_are_broken_by_document_then_offset_whatever_the_input_order()
    {
        Claim laterDocument = TestClaims.Make("b", "Iran sent drones.", 0.7);
        Claim laterOffset = TestClaims.Make("a", "Iran sent shells.", 0.7, start: 50);
        Claim winner = TestClaims.Make("a", "Iran sent rockets.", 0.7, start: 5);

        Aggregate(laterDocument, laterOffset, winner).Profiles.Single().StrongestAffirmed.Should().BeSameAs(winner);
        Aggregate(winner, laterOffset, laterDocument).Profiles.Single().StrongestAffirmed.Should().BeSameAs(winner);
        Aggregate(laterOffset, winner, laterDocument).Profiles.Single().StrongestAffirmed.Should().BeSameAs(winner);
    }

    [Fact]
    public void Profiles_are_keyed_by_the_triple_and_sorted_by_source_target_relation()
    {
        RelationSet set = Aggregate(
            TestClaims.Make("a", "s1", 0.5, source: "RUS", target: "UKR", relation: "military-strike"),
            TestClaims.Make("a", "s2", 0.5, source: "IRN", target: "RUS", relation: "trade"),
            TestClaims.Make("a", "s3", 0.5, source: "IRN", target: "RUS", relation: "arms"),
            TestClaims.Make("a", "s4", 0.5, source: "IRN", target: "ISR", relation: "warning"),
            TestClaims.Make("a", "s5", 0.5, source: "IRN", target: "RUS", relation: "arms"));

        set.Profiles.Select(p => $"{p.Source}>{p.Target}:{p.Relation}:{p.Affirmed}").Should().Equal(
            "IRN>ISR:warning:1", "IRN>RUS:arms:2", "IRN>RUS:trade:1", "RUS>UKR:military-strike:1");
    }

    [Fact]
    public void Find_matches_symmetric_relations_in_either_order_and_directed_ones_only_as_given()
    {
        RelationSet set = Aggregate(
            TestClaims.Make("a", "Iran and Russia trade grain.", 0.6, source: "IRN", target: "RUS", relation: "trade"),
            TestClaims.Make("a", "Iran supplied drones to Russia.", 0.8, source: "IRN", target: "RUS", relation: "arms"));

        set.Find("RUS", "IRN", "trade").Should().BeSameAs(set.Find("IRN", "RUS", "trade")).And.NotBeNull();
        set.Find("IRN", "RUS", "arms").Should().NotBeNull();
        set.Find("RUS", "IRN", "arms").Should().BeNull("arms is directed: supplier to recipient");
        set.Find("IRN", "RUS", "defense-pact").Should().BeNull();
        RelationSet.Empty.Find("IRN", "RUS", "trade").Should().BeNull();
    }

    [Fact]
    public void Add_document_analysis_adds_its_claims()
    {
        var document = new Document("a", Supplied);
        var analysis = new DocumentAnalysis(document, [], [], [TestClaims.Make("a", Supplied, 0.8)]);
        var aggregator = new RelationAggregator(AllianceAnalyzer.Default);

        aggregator.Add(analysis);

        aggregator.ToRelations().Profiles.Should().ContainSingle().Which.Affirmed.Should().Be(1);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Strength_outside_zero_to_one_is_refused(double strength)
    {
        var aggregator = new RelationAggregator();

        Action add = () => aggregator.Add(TestClaims.Make("a", Supplied, strength));

        add.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*strength outside [0, 1]*");
    }

    [Fact]
    public void ToRelations_is_a_snapshot()
    {
        var aggregator = new RelationAggregator();
        aggregator.Add(TestClaims.Make("a", Supplied, 0.5));
        RelationSet before = aggregator.ToRelations();

        aggregator.Add(TestClaims.Make("b", "Iran sent more drones.", 0.5));

        before.Profiles.Single().Affirmed.Should().Be(1);
        aggregator.ToRelations().Profiles.Single().Affirmed.Should().Be(2);
    }

    [Fact]
    public void Profiles_are_equal_by_value_and_differ_when_a_document_differs()
    {
        RelationProfile one = Aggregate(TestClaims.Make("a", Supplied, 0.5)).Profiles.Single();
        RelationProfile same = Aggregate(TestClaims.Make("a", Supplied, 0.5)).Profiles.Single();
        RelationProfile more = Aggregate(TestClaims.Make("a", Supplied, 0.5), TestClaims.Make("b", Supplied, 0.5)).Profiles.Single();

        one.Should().Be(same);
        one.GetHashCode().Should().Be(same.GetHashCode());
        one.Should().NotBe(more);
    }
}
