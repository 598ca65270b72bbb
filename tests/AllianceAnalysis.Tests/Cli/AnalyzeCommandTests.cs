using System.Text.Json;
using AllianceAnalysis.Cli;
using AllianceAnalysis.Output;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly byte[] NotUtf8 = [0xFF, 0xFE, 0x00, 0x41, 0x00];

    private readonly TempDirectory _temp = new();

    public AnalyzeCommandTests()
    {
        _temp.Write("articles/a.txt", "Iran supplied drones to Russia.\n");
        _temp.Write("articles/deeper/b.md", "# Heading\n\nMoscow and Tehran signed a treaty.\n");
    }

    private string Articles => _temp["articles"];

    private string Out => _temp["out"];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Out_gets_the_three_files_and_stdout_the_summary()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", Articles, "--out", Out);

        exitCode.Should().Be(CliApp.Success, stderr);
        stderr.Should().BeEmpty();
        Directory.GetFileSystemEntries(Out).Select(Path.GetFileName).Should().BeEquivalentTo("claims.jsonl", "relations.json", "relations.csv");
        using (JsonDocument relations = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "relations.json"))))
        {
            relations.RootElement.GetProperty("relations").ValueKind.Should().Be(JsonValueKind.Array);
        }

        File.ReadAllText(Path.Combine(Out, "relations.csv")).Should().StartWith(RelationCsvWriter.Header + "\r\n");
        foreach (string line in File.ReadAllLines(Path.Combine(Out, "claims.jsonl")))
        {
            JsonDocument.Parse(line).RootElement.GetProperty("evidence").GetProperty("document").GetString().Should().StartWith(Articles + "/");
        }
        stdout.Should().EndWith($"2 documents, 2 claims, 0 failed; wrote {Out}{Environment.NewLine}");
    }

    [Fact]
    public void The_summary_of_the_seed_articles_shows_the_negated_defence_pact_beside_the_cooperation()
    {
        string seeds = Path.Combine(AppContext.BaseDirectory, "corpus", "articles");

        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", seeds, "--out", Out);

        exitCode.Should().Be(CliApp.Success, stderr);
        // The pair's row: its first line names the pair, the lines after it until the next pair continue it.
        string[] lines = stdout.Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains("IRN – RUS", StringComparison.Ordinal));
        first.Should().BeGreaterThanOrEqualTo(0, stdout);
        int end = Array.FindIndex(lines, first + 1, l => l.Contains(" – ", StringComparison.Ordinal));
        string row = string.Join('\n', lines[first..(end < 0 ? lines.Length : end)]);
        row.Should().Contain("trade +").And.Contain("arms +").And.Contain("defense-pact \u2212");
    }

    [Fact]
    public void Date_drops_people_who_were_not_in_office_that_day_and_a_bad_date_is_a_usage_error()
    {
        _temp.Write("dated/a.txt", "Cavusoglu condemned Israel.\n");

        var (inOffice, stdout, _) = CliRunner.Run("analyze", _temp["dated"], "--out", Out, "--date", "2020-05-01");
        var (_, later, _) = CliRunner.Run("analyze", _temp["dated"], "--out", Out, "--date", "2024-05-01");
        var (badDate, _, stderr) = CliRunner.Run("analyze", _temp["dated"], "--out", Out, "--date", "2020-13-01");

        inOffice.Should().Be(CliApp.Success);
        stdout.Should().Contain("1 document, 1 claim, 0 failed");
        later.Should().Contain("1 document, 0 claims, 0 failed");
        badDate.Should().Be(CliApp.UsageError);
        stderr.Should().Contain("--date needs a day as YYYY-MM-DD, such as 2025-06-14; got '2020-13-01'.");
    }

    [Fact]
    public void Verbose_prints_each_files_time_and_the_throughput_to_stderr()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", Articles, "--out", Out, "--verbose");
        var (_, quietStdout, quietStderr) = CliRunner.Run("analyze", Articles, "--out", _temp["quiet"]);

        exitCode.Should().Be(CliApp.Success, stderr);
        string[] lines = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[0].Should().MatchRegex(@"/a\.txt: 32 characters in [0-9]+\.[0-9] ms$");
        lines[1].Should().MatchRegex(@"/deeper/b\.md: 46 characters in [0-9]+\.[0-9] ms$");
        lines[2].Should().MatchRegex(@"^analysed 78 characters in [0-9]+\.[0-9]{2} s: ([0-9,]+|n/a) characters per second$");
        quietStderr.Should().BeEmpty();
        stdout.Should().EndWith($"2 documents, 2 claims, 0 failed; wrote {Out}{Environment.NewLine}");
        quietStdout.Should().Contain("2 documents, 2 claims, 0 failed");
    }

    [Fact]
    public void Throughput_is_characters_per_second_of_analysis()
    {
        AnalyzeCommand.Throughput(3_000_000, TimeSpan.FromSeconds(0.25)).Should().Be("analysed 3,000,000 characters in 0.25 s: 12,000,000 characters per second");
        AnalyzeCommand.Throughput(0, TimeSpan.Zero).Should().Be("analysed 0 characters in 0.00 s: n/a characters per second");
    }

    [Fact]
    public void Usage_errors_exit_2_with_a_message()
    {
        var (missingArgument, stdout, stderr) = CliRunner.Run("analyze");
        var (unknownOption, _, unknownError) = CliRunner.Run("analyze", Articles, "--bogus");

        missingArgument.Should().Be(CliApp.UsageError);
        stderr.Should().Contain("error: Required argument 'paths' missing").And.Contain("alliance --help");
        stdout.Should().BeEmpty();
        unknownOption.Should().Be(CliApp.UsageError);
        unknownError.Should().Contain("error: Unrecognized option '--bogus'.");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void Help_lists_both_commands()
    {
        var (exitCode, stdout, _) = CliRunner.Run("--help");

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().MatchRegex(@"(?m)^\s+analyze <paths>").And.MatchRegex(@"(?m)^\s+sentences <file>");
    }

    [Fact]
    public void A_missing_input_path_fails_but_the_other_inputs_are_analysed_and_written()
    {
        string missing = _temp["nowhere/missing.txt"];

        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", missing, Articles, "--out", Out);

        exitCode.Should().Be(CliApp.InputFailed);
        stderr.Should().Be($"error: {missing}: no such file or folder{Environment.NewLine}");
        stdout.Should().Contain("2 documents, 2 claims, 1 failed");
        File.Exists(Path.Combine(Out, "claims.jsonl")).Should().BeTrue();
        File.Exists(Path.Combine(Out, "relations.json")).Should().BeTrue();
        File.Exists(Path.Combine(Out, "relations.csv")).Should().BeTrue();
    }

    [Fact]
    public void A_file_that_is_not_utf8_fails_naming_the_file_and_the_others_are_analysed()
    {
        _temp.WriteBytes("articles/deeper/bad.txt", NotUtf8);

        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", Articles + "/", "--out", Out);

        exitCode.Should().Be(CliApp.InputFailed);
        stderr.Should().StartWith($"error: {Articles}/deeper/bad.txt: not valid UTF-8");
        stdout.Should().Contain("2 documents, 2 claims, 1 failed");
        File.Exists(Path.Combine(Out, "relations.json")).Should().BeTrue();
    }

    [Fact]
    public void Folders_are_searched_recursively_for_txt_and_md_only_and_each_file_is_analysed_once()
    {
        _temp.Write("articles/deeper/still/c.TXT", "Iran and Russia.");
        _temp.Write("articles/notes.csv", "a,b");
        _temp.Write("articles/README", "not an article");

        var (exitCode, stdout, _) = CliRunner.Run("analyze", Articles, _temp["articles/a.txt"], "--out", Out);

        exitCode.Should().Be(CliApp.Success);
        stdout.Should().Contain("3 documents, 2 claims, 0 failed");
    }

    [Fact]
    public void Out_pointing_at_an_existing_file_is_refused_and_nothing_is_written()
    {
        string file = _temp.Write("taken.txt", "keep me");
        string[] before = Directory.GetFileSystemEntries(_temp.Path);

        var (exitCode, _, stderr) = CliRunner.Run("analyze", Articles, "--out", file);

        exitCode.Should().Be(CliApp.UsageError);
        stderr.Should().Contain($"--out '{file}' is a file");
        File.ReadAllText(file).Should().Be("keep me");
        Directory.GetFileSystemEntries(_temp.Path).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void When_an_output_cannot_be_written_no_output_is_replaced_and_no_temporary_file_is_left()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "claims.jsonl"), "old claims\n");
        File.WriteAllText(Path.Combine(Out, "relations.json"), "old relations");
        Directory.CreateDirectory(Path.Combine(Out, "relations.csv"));

        var (exitCode, _, stderr) = CliRunner.Run("analyze", Articles, "--out", Out);

        exitCode.Should().Be(CliApp.InputFailed);
        stderr.Should().Contain($"error: cannot write the outputs to '{Out}'").And.Contain("relations.csv");
        File.ReadAllText(Path.Combine(Out, "claims.jsonl")).Should().Be("old claims\n");
        File.ReadAllText(Path.Combine(Out, "relations.json")).Should().Be("old relations");
        Directory.GetFileSystemEntries(Out).Select(Path.GetFileName).Should().BeEquivalentTo("claims.jsonl", "relations.json", "relations.csv");
    }

    [Fact]
    public void Outputs_replace_earlier_ones_whole()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "relations.csv"), "stale");

        var (exitCode, _, _) = CliRunner.Run("analyze", Articles, "--out", Out);

        exitCode.Should().Be(CliApp.Success);
        File.ReadAllText(Path.Combine(Out, "relations.csv")).Should().StartWith(RelationCsvWriter.Header + "\r\n").And.Contain("IRN,RUS,arms").And.NotContain("stale");
    }

    [Fact]
    public void A_broken_rule_pack_is_a_usage_error_with_file_line_and_column_before_any_text_is_read()
    {
        _temp.WriteBytes("articles/bad.txt", NotUtf8);
        string pack = _temp.Write("rules/broken.pack.yaml", "pack:\n  id: extra\n  versoin: 1.0.0\n");

        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", Articles, "--rules", pack, "--out", Out);

        exitCode.Should().Be(CliApp.UsageError);
        stderr.Should().StartWith($"error: {pack}(3,3): ");
        stderr.Should().NotContain("bad.txt", "no article is read when the packs are broken");
        stdout.Should().BeEmpty();
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void A_missing_rule_pack_is_a_usage_error_naming_it()
    {
        string pack = _temp["rules/absent.yaml"];

        var (exitCode, _, stderr) = CliRunner.Run("analyze", Articles, "--rules", pack, "--out", Out);

        exitCode.Should().Be(CliApp.UsageError);
        stderr.Should().StartWith($"error: {pack}: ");
    }

    [Fact]
    public void Valid_extra_rule_packs_are_accepted_and_repeatable()
    {
        string first = _temp.Write("rules/first.yaml", "pack:\n  id: first\n  version: 0.1.0\n");
        string second = _temp.Write("rules/second.yaml", "pack:\n  id: second\n  version: 0.2.0\n");

        var (exitCode, _, stderr) = CliRunner.Run("analyze", Articles, "--rules", first, "--rules", second, "--out", Out);

        exitCode.Should().Be(CliApp.Success, stderr);
    }

    [Fact]
    public void A_folder_without_articles_is_a_warning_not_a_failure()
    {
        Directory.CreateDirectory(_temp["empty"]);

        var (exitCode, stdout, stderr) = CliRunner.Run("analyze", _temp["empty"], "--out", Out);

        exitCode.Should().Be(CliApp.Success);
        stderr.Should().Be($"warning: {_temp["empty"]}: no .txt or .md files{Environment.NewLine}");
        stdout.Should().Contain("0 documents, 0 claims, 0 failed");
    }
}
