using System.Text;
using System.Text.Json;
using AllianceAnalysis.Cli;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Cli;

public sealed class SentencesCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Prints_the_sentences_of_a_file_as_json_lines_whose_text_matches_the_offsets()
    {
        const string text = "Iran supplied drones to Russia. Is Iran an ally of Russia?\n";
        string file = _temp.Write("a.txt", text);

        var (exitCode, stdout, stderr) = CliRunner.Run("sentences", file);

        exitCode.Should().Be(CliApp.Success, stderr);
        stdout.Should().Match(output => output.Length == 0 || output.EndsWith('\n'));
        foreach (string line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            int start = json.RootElement.GetProperty("start").GetInt32();
            int end = json.RootElement.GetProperty("end").GetInt32();
            json.RootElement.GetProperty("text").GetString().Should().Be(text[start..end]);
        }
    }

    [Fact]
    public void Reads_standard_input_without_a_file()
    {
        var (exitCode, _, stderr) = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("Moscow and Tehran signed a treaty."), "sentences");

        exitCode.Should().Be(CliApp.Success, stderr);
        stderr.Should().BeEmpty();
    }

    [Fact]
    public void Standard_input_that_is_not_utf8_fails_naming_stdin()
    {
        var (exitCode, stdout, stderr) = CliRunner.RunWithInput([0xFF, 0xFE, 0x00], "sentences", "-");

        exitCode.Should().Be(CliApp.InputFailed);
        stderr.Should().StartWith("error: stdin: not valid UTF-8");
        stdout.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exitCode, _, stderr) = CliRunner.Run("sentences", "--bogus");

        exitCode.Should().Be(CliApp.UsageError);
        stderr.Should().Contain("error: Unrecognized option '--bogus'.");
    }

    [Fact]
    public void An_unexpected_failure_is_one_error_line_without_a_stack_trace_and_exit_1()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exitCode = CliApp.Run(["sentences"], output, error, () => throw new IOException("standard input is closed"));

        exitCode.Should().Be(CliApp.InputFailed);
        error.ToString().Should().Be($"error: standard input is closed{Environment.NewLine}");
    }

    [Fact]
    public void A_missing_file_fails_naming_it()
    {
        string missing = _temp["missing.txt"];

        var (exitCode, _, stderr) = CliRunner.Run("sentences", missing);

        exitCode.Should().Be(CliApp.InputFailed);
        stderr.Should().StartWith($"error: {missing}: ");
    }
}
