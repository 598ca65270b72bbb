using AllianceAnalysis.Cli;
using AllianceAnalysis.Tests.Cli;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Docs;

/// <summary>The README's code and CLI reference cannot rot: they must equal the sample's code and the commands' own help.</summary>
public class ReadmeTests
{
    [Fact]
    public void Quick_start_is_the_marked_region_of_the_AnalystTool_sample_verbatim()
    {
        string sample = RepoFiles.Region(RepoFiles.Read("samples", "AnalystTool", "Program.cs"), "// <quick-start>", "// </quick-start>");
        string readme = RepoFiles.Region(RepoFiles.Read("README.md"), "<!-- quick-start:begin", "<!-- quick-start:end -->");

        sample.Should().NotBeEmpty();
        readme.Should().Be(
            "```csharp\n" + sample + "```\n",
            "the README's quick start must be a copy of the quick-start region of samples/AnalystTool/Program.cs");
    }

    [Fact]
    public void Cli_reference_is_the_current_help_of_every_command()
    {
        string[][] commands = [["--help"], ["analyze", "--help"], ["sentences", "--help"], ["explain", "--help"], ["eval", "--help"], ["rules", "test", "--help"], ["rules", "lint", "--help"]];
        var blocks = new List<string>();
        foreach (string[] args in commands)
        {
            var (exitCode, stdout, stderr) = CliRunner.Run(args);
            exitCode.Should().Be(CliApp.Success, stderr);
            blocks.Add($"`alliance {string.Join(' ', args)}`:\n\n```text\n{stdout.ReplaceLineEndings("\n").TrimEnd('\n')}\n```\n");
        }

        string readme = RepoFiles.Region(RepoFiles.Read("README.md"), "<!-- cli-reference:begin", "<!-- cli-reference:end -->");

        readme.Should().Be(string.Join("\n", blocks), "the README's CLI reference is out of date: run scripts/cli-reference.sh");
    }
}
