using AllianceAnalysis.Packs;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Packs;

/// <summary>
/// The sample custom pack (<c>samples/rulepacks/caucasus-central-asia.pack.yaml</c>) loads on top of the default pack:
/// it adds Central Asian actors and the <c>border-dispute</c> relation type, and every test case it carries runs as
/// its own xunit case, named by its sentence, against an analyzer built from both packs.
/// </summary>
public class SamplePackTests
{
    private const string NewRelation = "border-dispute";

    private const string ShortText =
        "Kyrgyzstan and Tajikistan fought a brief border war in September 2022. "
        + "Uzbekistan no longer has a border dispute with Kyrgyzstan.";

    private static readonly Lazy<RulePack> SamplePack = new(() => RulePack.LoadFile(SamplePackPath()));

    private static readonly Lazy<AllianceAnalyzer> WithSamplePack =
        new(() => AllianceAnalyzer.CreateBuilder().AddPack(SamplePack.Value).Build());

    public static TheoryData<string> SamplePackCases()
    {
        var data = new TheoryData<string>();
        foreach (string text in SamplePack.Value.Document.Tests.Select(t => t.Text).Distinct())
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplePackCases))]
    public void Sample_pack_case_holds(string text)
    {
        foreach (PackTestEntry test in SamplePack.Value.Document.Tests.Where(t => t.Text == text))
        {
            PackTestResult result = PackTestRunner.Run(WithSamplePack.Value, test);

            result.Failures.Should().BeEmpty("the sentence produced [{0}]", string.Join("; ", result.Claims));
        }
    }

    [Fact]
    public void Sample_pack_extends_core_with_new_actors_and_a_new_relation_type()
    {
        PackDocument sample = SamplePack.Value.Document;
        PackDocument core = RulePack.Default.Document;

        SamplePack.Value.ToString().Should().Be("caucasus@1.0.0");
        sample.Pack.Extends.Should().Equal("core");
        sample.RelationTypes.Select(r => r.Id).Should().Equal(NewRelation);
        core.RelationTypes.Select(r => r.Id).Should().NotContain(NewRelation);
        sample.Actors.Select(a => a.Code).Should().BeEquivalentTo("KGZ", "TJK", "UZB", "TKM");
        core.Actors.Select(a => a.Code).Should().NotIntersectWith(sample.Actors.Select(a => a.Code));
        sample.Tests.Should().HaveCountGreaterThanOrEqualTo(8);
        sample.Tests.SelectMany(t => t.Expect).Select(e => e.Relation).Should().Contain(NewRelation);
    }

    [Fact]
    public void A_text_about_the_new_actors_yields_the_new_relation_only_with_the_sample_pack()
    {
        IReadOnlyList<Claim> withSample = WithSamplePack.Value.Analyze(new Document("sample-pack", ShortText)).Claims;
        IReadOnlyList<Claim> defaultOnly = AllianceAnalyzer.Default.Analyze(new Document("sample-pack", ShortText)).Claims;

        withSample.Select(PackTestRunner.Render).Should().Contain(
        [
            "KGZ->TJK border-dispute affirmed asserted",
            "KGZ->UZB border-dispute negated asserted",
        ]);
        defaultOnly.Should().NotContain(c => c.Relation == NewRelation);
        defaultOnly.Should().NotContain(c => c.Source == "KGZ" || c.Target == "KGZ" || c.Source == "TJK" || c.Target == "TJK");
    }

    /// <summary>The sample pack in the repository.</summary>
    private static string SamplePackPath() => RepositoryRoot.Combine("samples", "rulepacks", "caucasus-central-asia.pack.yaml");
}
