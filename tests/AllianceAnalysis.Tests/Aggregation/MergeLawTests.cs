using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Aggregation;

/// <summary>
/// Property-style checks over random claim batches: aggregation is a function of the set of claims, so merging the
/// relations of batches in any grouping or order gives the relations of their union.
/// </summary>
public class MergeLawTests
{
    private static readonly string[] Actors = ["IRN", "RUS", "USA"];
    private static readonly string[] Relations = ["arms", "defense-pact", "trade"];
    private static readonly string[] Documents = ["d/1.txt", "d/2.txt", "d/3.txt", "e/4.md", "e/5.md"];
    private static readonly string[] Sentences =
    [
        "Iran supplied drones to Russia.",
        "Russia is unlikely to offer military aid.",
        "The treaty does not include a mutual defense clause.",
        "Moscow and Tehran signed a trade agreement.",
        "Washington warned Tehran.",
        "The two nations expanded trade.",
    ];

    private static readonly double[] TiedStrengths = [0.3, 0.5, 0.8, 0.8, 1.0];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (int seed = 1; seed <= 40; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Merge_is_associative_and_equals_aggregating_everything(int seed)
    {
        var (all, a, b, c) = Batches(seed);

        RelationSet leftFirst = Aggregate(a).Merge(Aggregate(b)).Merge(Aggregate(c));
        RelationSet rightFirst = Aggregate(a).Merge(Aggregate(b).Merge(Aggregate(c)));
        RelationSet together = Aggregate(all);

        ShouldBeSame(leftFirst, together);
        ShouldBeSame(rightFirst, together);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Merge_is_commutative(int seed)
    {
        var (_, a, b, _) = Batches(seed);

        ShouldBeSame(Aggregate(a).Merge(Aggregate(b)), Aggregate(b).Merge(Aggregate(a)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Empty_is_the_identity_and_merging_a_set_with_itself_changes_nothing(int seed)
    {
        var (all, _, _, _) = Batches(seed);
        RelationSet set = Aggregate(all);

        ShouldBeSame(set.Merge(RelationSet.Empty), set);
        ShouldBeSame(RelationSet.Empty.Merge(set), set);
        ShouldBeSame(set.Merge(set), set);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Aggregation_does_not_depend_on_claim_order(int seed)
    {
        var (all, _, _, _) = Batches(seed);
        Claim[] shuffled = [.. all];
        new Random(seed + 1000).Shuffle(shuffled);

        ShouldBeSame(Aggregate(shuffled), Aggregate(all));
    }

    [Fact]
    public void The_generated_batches_overlap_so_the_laws_are_not_checked_on_trivial_input()
    {
        int sharedProfiles = 0;
        int corroborations = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var (all, a, b, _) = Batches(seed);
            RelationSet left = Aggregate(a);
            sharedProfiles += Aggregate(b).Profiles.Count(p => left.Find(p.Source, p.Target, p.Relation) is { } q && q.Source == p.Source);
            corroborations += Aggregate(all).Profiles.Sum(p => p.Corroborations);
        }

        sharedProfiles.Should().BeGreaterThan(40, "most seeds must merge profiles present on both sides");
        corroborations.Should().BeGreaterThan(40, "the same sentence must recur across documents");
    }

    private static RelationSet Aggregate(IEnumerable<Claim> claims)
    {
        var aggregator = new RelationAggregator();
        aggregator.AddRange(claims);
        return aggregator.ToRelations();
    }

    private static void ShouldBeSame(RelationSet actual, RelationSet expected)
    {
        actual.Profiles.Should().BeEquivalentTo(
            expected.Profiles,
            options => options.WithStrictOrdering().ComparingRecordsByMembers().ComparingByMembers<Claim>());
        actual.Profiles.Should().Equal(expected.Profiles);
    }

    private static (Claim[] All, List<Claim> A, List<Claim> B, List<Claim> C) Batches(int seed)
    {
        var random = new Random(seed);
        int count = random.Next(30, 80);
        var all = new Claim[count];
        for (int i = 0; i < count; i++)
        {
            string source = Actors[random.Next(Actors.Length)];
            string target = Actors[random.Next(Actors.Length)];
            string text = Sentences[random.Next(Sentences.Length)];
            if (random.Next(4) == 0)
            {
                text = text.Replace(" ", "  \n", StringComparison.Ordinal);
            }

            // Mix tied strengths (to exercise tie-breaking) with arbitrary doubles (to exercise the product order).
            double strength = random.Next(2) == 0 ? TiedStrengths[random.Next(TiedStrengths.Length)] : random.NextDouble();
            all[i] = TestClaims.Make(
                Documents[random.Next(Documents.Length)],
                text,
                strength,
                random.Next(3) == 0 ? Polarity.Negated : Polarity.Affirmed,
                source,
                target,
                Relations[random.Next(Relations.Length)],
                start: random.Next(3) * 100,
                sentence: random.Next(3),
                modality: (Modality)random.Next(4));
        }

        var a = new List<Claim>();
        var b = new List<Claim>();
        var c = new List<Claim>();
        foreach (Claim claim in all)
        {
            (random.Next(3) switch { 0 => a, 1 => b, _ => c }).Add(claim);
        }

        return (all, a, b, c);
    }
}
