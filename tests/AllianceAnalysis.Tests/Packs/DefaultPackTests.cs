using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Tests.Packs;

public class DefaultPackTests
{
    [Fact]
    public void Default_pack_loads_with_all_thirteen_relation_types()
    {
        RulePack pack = RulePack.Default;

        pack.ToString().Should().Be("core@1.0.0");
        pack.Document.RelationTypes.Select(r => r.Id).Should().BeEquivalentTo(
            "trade", "arms", "defense-pact", "mediation", "strategic-partnership", "financial", "energy",
            "diplomatic-support", "military-cooperation", "military-strike", "condemnation", "warning", "sanctions");
    }
}
