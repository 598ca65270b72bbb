using AllianceAnalysis.Cli;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Cli;

public sealed class RulesCommandTests : IDisposable
{
    private const string Header = "pack: { id: extra, version: 1.0.0 }\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Rules_test_passes_on_the_default_pack()
    {
        var (exitCode, stdout, _) = CliRunner.Run("rules", "test");

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().MatchRegex(@"^\d+ cases, \d+ passed, 0 failed\s*$");
    }

    [Fact]
    public void Rules_test_fails_with_the_sentence_what_was_expected_and_what_came_out()
    {
        string pack = _temp.Write("packs/broken.yaml", Header + """
            tests:
              - text: Iran supplied drones to Russia.
                expect: [{ source: RUS, target: IRN, relation: arms }]
            """);

        var (exitCode, stdout, _) = CliRunner.Run("rules", "test", pack);

        exitCode.Should().Be(CliApp.InputFailed);
        stdout.Should().Contain("FAIL [extra@1.0.0] Iran supplied drones to Russia." + Environment.NewLine
            + "  expected RUS->IRN arms" + Environment.NewLine
            + "  got: IRN->RUS arms affirmed asserted");
        stdout.Should().MatchRegex(@"\d+ cases, \d+ passed, 1 failed");
    }

    [Fact]
    public void Rules_lint_prints_warnings_with_positions_and_exits_zero()
    {
        string pack = _temp.Write("packs/shared-alias.yaml", Header + """
            actors:
              - { code: XKX, name: Kosovo, names: [Kosovo, Pristina] }
              - { code: XPR, name: Pristina Region, names: [Pristina] }
            """);

        var (exitCode, stdout, _) = CliRunner.Run("rules", "lint", _temp["packs"]);

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().Contain($"{pack}(4,5): warning: 'Pristina' names both XKX and XPR");
        stdout.Should().Contain("2 packs: 0 errors, 1 warning");
    }

    [Fact]
    public void Rules_lint_refuses_a_broken_pack_with_every_problem_and_exits_one()
    {
        string pack = _temp.Write("broken.yaml", Header + """
            rules:
              - { id: a/b, relation: trade, triggers: [""], source: [subject], target: [object], strength: 2 }
            """);

        var (exitCode, _, stderr) = CliRunner.Run("rules", "lint", pack);

        exitCode.Should().Be(CliApp.InputFailed);
        stderr.Should().Be($"error: {pack}(3,44): rule a/b: empty trigger{Environment.NewLine}"
            + $"error: {pack}(3,96): rule a/b: strength 2 is outside [0, 1]{Environment.NewLine}");
    }

    [Fact]
    public void Analyze_takes_a_folder_of_packs_and_finds_their_actors_without_a_rebuild()
    {
        _temp.Write("packs/kosovo.yaml", Header + """
            actors:
              - { code: XKX, name: Kosovo, names: [Kosovo], capitals: [Pristina] }
            """);
        _temp.Write("articles/a.txt", "The European Union imposed sanctions on Kosovo.\n");
        string output = _temp["out"];

        var (exitCode, _, _) = CliRunner.Run("analyze", _temp["articles"], "--rules", _temp["packs"], "--out", output);

        exitCode.Should().Be(CliApp.Success);
        File.ReadAllText(Path.Combine(output, "claims.jsonl")).Should().Contain("\"source\":\"EU\"").And.Contain("\"target\":\"XKX\"");
    }
}
