using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Behaviour;

/// <summary>The README's scoring example is computed from the seeds; this test keeps the two in step.</summary>
public class ReadmeWorkedExampleTests
{
    [Fact]
    public void Russia_to_iran_diplomatic_support_has_the_figures_the_readme_gives()
    {
        var aggregator = new RelationAggregator();
        foreach (string name in new[] { SeedArticles.IsIranAnAllyOfRussia, SeedArticles.WouldRussiaDefendIran })
        {
            aggregator.Add(AllianceAnalyzer.Default.Analyze(new Document(name, SeedArticles.Read(name))));
        }

        RelationProfile profile = aggregator.ToRelations().Find("RUS", "IRN", "diplomatic-support")!;

        profile.Evidence.Select(e => (e.Polarity, e.Strength)).Should().BeEquivalentTo(new[]
        {
            (Polarity.Affirmed, 0.6), (Polarity.Affirmed, 0.51), (Polarity.Affirmed, 0.298), (Polarity.Affirmed, 0.306), (Polarity.Negated, 0.425),
        });
        profile.Support.Should().BeApproximately(0.905, 0.0005);
        profile.Opposition.Should().BeApproximately(0.425, 0.0005);
        Math.Round(profile.Score, 2).Should().Be(0.48);
        File.ReadAllText(RepositoryRoot.Combine("README.md")).Should().Contain("score = 0.905 − 0.425 = **+0.48**");
    }
}
