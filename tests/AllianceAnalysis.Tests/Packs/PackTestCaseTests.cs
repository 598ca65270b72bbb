using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Tests.Packs;

/// <summary>Every test case carried by the default pack runs as its own xunit case, named by its sentence.</summary>
public class PackTestCaseTests
{
    public static TheoryData<string> DefaultPackCases()
    {
        var data = new TheoryData<string>();
        foreach (string text in RulePack.Default.Document.Tests.Select(t => t.Text).Distinct())
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultPackCases))]
    public void Default_pack_case_holds(string text)
    {
        foreach (PackTestEntry test in RulePack.Default.Document.Tests.Where(t => t.Text == text))
        {
            PackTestResult result = PackTestRunner.Run(AllianceAnalyzer.Default, test);

            result.Failures.Should().BeEmpty("the sentence produced [{0}]", string.Join("; ", result.Claims));
        }
    }

    [Fact]
    public void Default_pack_carries_cases_for_every_relation_type()
    {
        var covered = RulePack.Default.Document.Tests.SelectMany(t => t.Expect).Select(e => e.Relation).ToHashSet();

        covered.Should().BeEquivalentTo(RulePack.Default.Document.RelationTypes.Select(r => r.Id));
    }

    [Fact]
    public void A_broken_case_fails_with_expected_and_produced_claims()
    {
        var broken = new PackTestEntry
        {
            Text = "Iran supplied drones to Russia.",
            Expect = [new ExpectedClaimEntry { Source = "RUS", Target = "IRN", Relation = "arms" }],
            Reject = [new ExpectedClaimEntry { Source = "IRN", Target = "RUS", Relation = "arms" }],
        };

        PackTestResult result = PackTestRunner.Run(AllianceAnalyzer.Default, broken);

        result.Passed.Should().BeFalse();
        result.Failures.Should().Equal(
            "expected RUS->IRN arms",
            "rejected IRN->RUS arms but got IRN->RUS arms affirmed asserted");
    }
}
