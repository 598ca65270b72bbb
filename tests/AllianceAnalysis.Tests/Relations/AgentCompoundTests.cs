namespace AllianceAnalysis.Tests.Relations;

/// <summary>
/// Agent compounds: an actor, a hyphen and an agent marker ("Qatari-brokered", "US-imposed", "Saudi-backed") make the
/// actor the doer of the relation the participle triggers; the noun phrase's complements give the target.
/// </summary>
public class AgentCompoundTests
{
    private static string Claims(string text) => string.Join(" | ",
        AllianceAnalyzer.Default.Analyze(new Document("t", text)).Claims.Select(c => $"{c.Source}->{c.Target} {c.Relation}"));

    [Theory]
    // A demonym before the hyphen is the agent (MentionContext marks it; the `agent` role finds it).
    [InlineData("An Omani-brokered truce between Israel and Hamas began on Monday.", "OMN->ISR mediation")]
    // A name and an acronym too.
    [InlineData("The Qatar-mediated talks between Congo and Rwanda stalled.", "QAT->COD mediation | QAT->RWA mediation")]
    [InlineData("UK-imposed sanctions on Belarus were extended.", "GBR->BLR sanctions")]
    // The noun is not itself the relation: the government is backed, and "of" names whose it is.
    [InlineData("The Emirati-backed government of Sudan fled the capital.", "ARE->SDN diplomatic-support")]
    public void The_actor_before_the_hyphen_is_the_agent_of_the_participle(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    // The clause subject reacts to someone else's act: it is no mediator (without the rule it would be).
    [InlineData("Kenya welcomed the Egyptian-brokered ceasefire between Ethiopia and Eritrea.", "EGY->ETH mediation | EGY->ERI mediation")]
    // "Russian" modifies the object's noun; it is not the object of "supported".
    [InlineData("Iran supported the Russian-backed government of Syria.", "RUS->SYR diplomatic-support")]
    public void No_other_role_takes_the_place_of_the_compounds_agent(string text, string expected)
    {
        Claims(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Russian-speaking population of Ukraine was counted.")]
    [InlineData("State-backed hackers targeted ministries in Poland.")]
    [InlineData("A Chinese-owned company bought a port in Pakistan.")]
    [InlineData("A Chinese-funded port in Pakistan opened.")]
    [InlineData("The Iran-backed militias of Iraq fired rockets.")]
    [InlineData("An Iranian-born analyst wrote about Israel.")]
    public void Compounds_that_name_no_relation_between_states_give_no_claim(string text)
    {
        Claims(text).Should().BeEmpty();
    }

    [Fact]
    public void An_agent_is_not_the_modifier_of_a_later_trigger()
    {
        // Without the agent flag "Iran" would be taken as the attacker of the strikes it backs.
        Claims("Iran-backed strikes on Israel continued.").Should().NotContain("IRN->ISR military-strike");
    }
}
