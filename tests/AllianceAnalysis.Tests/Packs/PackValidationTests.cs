using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Tests.Packs;

/// <summary>Every kind of broken pack is refused with file(line,column) and what is wrong, before any text is read.</summary>
public class PackValidationTests
{
    private const string Header = "pack: { id: extra, version: 1.0.0 }\n";

    private static RulePackException Refused(string yaml, bool compile = false)
    {
        Action act = compile
            ? () => AllianceAnalyzer.CreateBuilder().AddPack(RulePack.Parse(yaml, "extra.yaml")).Build()
            : () => RulePack.Parse(yaml, "extra.yaml");
        return act.Should().Throw<RulePackException>().Which;
    }

    [Fact]
    public void A_yaml_syntax_error_names_line_and_column()
    {
        RulePackException error = Refused(Header + "actors: [\n");

        (error.File, error.Line).Should().Be(("extra.yaml", 3));
        error.Message.Should().StartWith("extra.yaml(3,");
    }

    [Fact]
    public void An_unknown_key_is_refused_where_it_stands()
    {
        RulePackException error = Refused(Header + "actors:\n  - code: AZE\n    name: Azerbaijan\n    nmes: [Azerbaijan]\n");

        (error.Line, error.Column).Should().Be((5, 5));
        error.Reason.Should().Contain("nmes");
    }

    [Fact]
    public void A_type_tag_is_refused_because_a_pack_is_data()
    {
        RulePackException error = Refused(Header + "actors:\n  - !!python/object:os.system { code: AZE, name: x }\n");

        (error.Line, error.Column).Should().Be((3, 5));
        error.Reason.Should().Contain("type tags are not allowed");
    }

    [Fact]
    public void Duplicate_ids_are_refused_at_the_second_one()
    {
        RulePackException error = Refused(Header + """
            rules:
              - { id: trade/x, relation: trade, triggers: [barter], source: [subject], target: [object] }
              - { id: trade/x, relation: trade, triggers: [swap], source: [subject], target: [object] }
            """);

        (error.Line, error.Column).Should().Be((4, 5));
        error.Reason.Should().Be("duplicate rule id 'trade/x'");
    }

    [Fact]
    public void An_empty_trigger_and_a_strength_outside_0_1_are_refused_together()
    {
        RulePackException error = Refused(Header + """
            rules:
              - id: trade/x
                relation: trade
                triggers: [barter, ""]
                source: [subject]
                target: [object]
                strength: 1.5
            """);

        error.Problems.Should().Equal(
            "extra.yaml(5,24): rule trade/x: empty trigger",
            "extra.yaml(8,15): rule trade/x: strength 1.5 is outside [0, 1]");
    }

    [Fact]
    public void An_unknown_role_is_refused()
    {
        RulePackException error = Refused(Header + "rules:\n  - { id: a/b, relation: trade, triggers: [barter], source: [the subject], target: [object] }\n");

        error.Reason.Should().Be("rule a/b: unknown role 'the subject' (a named role or one preposition)");
        error.Line.Should().Be(3);
    }

    [Theory]
    [InlineData("2024-13-01", null, "'2024-13-01' is not a date (YYYY-MM-DD)")]
    [InlineData("2024-01-01", "2023-01-01", "the term ends (2023-01-01) before it starts (2024-01-01)")]
    public void Bad_dates_are_refused(string from, string? to, string reason)
    {
        string toPart = to is null ? "" : $", to: {to}";
        RulePackException error = Refused(Header + $"actors:\n  - code: AZE\n    name: Azerbaijan\n    people:\n      - {{ name: Ilham Aliyev, role: president, from: {from}{toPart} }}\n");

        error.Reason.Should().EndWith(reason);
        error.Line.Should().Be(6);
    }

    [Fact]
    public void Overlapping_terms_for_one_role_are_refused()
    {
        RulePackException error = Refused(Header + """
            actors:
              - code: AZE
                name: Azerbaijan
                people:
                  - { name: Ilham Aliyev, role: president, from: 2003-10-31 }
                  - { name: Heydar Aliyev, role: president, from: 1993-06-15, to: 2003-10-31 }
                  - { name: Someone Else, role: president, from: 2010-01-01, to: 2011-01-01 }
            """);

        error.Problems.Should().ContainSingle()
            .Which.Should().Be("extra.yaml(8,54): actor AZE: Someone Else and Ilham Aliyev hold the role 'president' over overlapping dates");
    }

    [Fact]
    public void A_rule_of_an_unknown_relation_type_is_refused_when_packs_are_compiled()
    {
        RulePackException error = Refused(Header + "rules:\n  - { id: a/b, relation: friendship, triggers: [befriend], source: [subject], target: [object] }\n", compile: true);

        error.Message.Should().Be("extra.yaml(3,26): rule a/b: unknown relation type 'friendship'");
    }

    [Fact]
    public void A_trigger_that_cannot_match_is_refused()
    {
        RulePackException error = Refused(Header + "rules:\n  - { id: a/b, relation: trade, triggers: [... barter], source: [subject], target: [object] }\n", compile: true);

        error.Message.Should().StartWith("extra.yaml(3,44): rule a/b: the trigger '... barter' cannot match");
    }

    [Fact]
    public void A_test_case_naming_an_unknown_code_is_refused()
    {
        RulePackException error = Refused(Header + """
            tests:
              - text: Azerbaijan trades with Russia.
                expect: [{ source: AZZ, target: RUS, relation: trade }]
            """, compile: true);

        error.Message.Should().Be("extra.yaml(4,24): test case names unknown actor 'AZZ'");
    }

    [Fact]
    public void Disabling_an_unknown_rule_is_refused_and_disabling_a_known_one_turns_it_off()
    {
        Refused(Header + "disable: { rules: [trade/nothing] }\n", compile: true)
            .Message.Should().Be("extra.yaml(2,20): cannot disable rule 'trade/nothing': no earlier pack defines it");

        AllianceAnalyzer analyzer = AllianceAnalyzer.CreateBuilder()
            .AddPack(RulePack.Parse(Header + "disable: { rules: [arms/supply] }\n", "extra.yaml")).Build();
        analyzer.Analyze(new Document("t", "Iran supplied Russia.")).Claims.Should().BeEmpty();
        AllianceAnalyzer.Default.Analyze(new Document("t", "Iran supplied Russia.")).Claims.Should().ContainSingle();
    }

    [Fact]
    public void A_later_pack_overrides_a_rule_by_id()
    {
        AllianceAnalyzer analyzer = AllianceAnalyzer.CreateBuilder().AddPack(RulePack.Parse(Header + """
            rules:
              - { id: arms/supply, relation: arms, triggers: [supply], source: [subject], target: [object], strength: 0.2 }
            """, "extra.yaml")).Build();

        analyzer.Analyze(new Document("t", "Iran supplied Russia.")).Claims.Should().ContainSingle().Which.Strength.Should().Be(0.2);
    }

    [Fact]
    public void A_description_that_is_not_a_definite_noun_phrase_is_refused()
    {
        RulePackException error = Refused(Header + "actors:\n  - code: KGZ\n    name: Kyrgyzstan\n    descriptions: [the republic, alliance]\n");

        error.Reason.Should().Contain("description 'alliance'");
        error.Line.Should().Be(5);
    }
}
