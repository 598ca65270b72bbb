using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Cli;

/// <summary>Runs the built <c>alliance</c> executable as a separate process, as a user would.</summary>
public sealed class ProcessBehaviourTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Analyze_as_a_process_exits_zero_and_writes_the_default_out_folder()
    {
        File.Exists(CliProcess.Path).Should().BeTrue($"the CLI is built next to the tests at {CliProcess.Path}");
        _temp.Write("articles/iran-russia.txt", "Iran supplied drones to Russia. Moscow denies a defense pact with Tehran.\n");

        var (exitCode, stdout, stderr) = await CliProcess.RunAsync(_temp.Path, "analyze", "articles");

        exitCode.Should().Be(0, stderr);
        stdout.Should().Contain("1 document, 2 claims, 0 failed; wrote out");
        File.Exists(_temp["out/claims.jsonl"]).Should().BeTrue();
        File.Exists(_temp["out/relations.json"]).Should().BeTrue();
        File.Exists(_temp["out/relations.csv"]).Should().BeTrue();
    }

    [Fact]
    public async Task A_usage_error_as_a_process_exits_two_without_a_stack_trace()
    {
        var (exitCode, _, stderr) = await CliProcess.RunAsync(_temp.Path, "analyze", "--no-such-option");

        exitCode.Should().Be(2);
        stderr.Should().Contain("--no-such-option").And.NotContain("   at ");
    }
}
