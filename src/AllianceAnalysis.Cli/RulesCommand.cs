using AllianceAnalysis.Packs;

using System.CommandLine;
using System.Globalization;

namespace AllianceAnalysis.Cli;

/// <summary>
/// <c>alliance rules test [PACK…]</c> runs every loaded pack's test cases; <c>alliance rules lint [PACK…]</c>
/// validates the packs and prints warnings. PACK is a YAML file or a folder of them, loaded after the default pack.
/// </summary>
internal static class RulesCommand
{
    public static Command Build()
    {
        var rules = new Command("rules", "Test and lint rule packs (the default pack plus any given).");
        rules.Subcommands.Add(BuildTest());
        rules.Subcommands.Add(BuildLint());
        return rules;
    }

    private static Argument<string[]> PacksArgument() => new("packs")
    {
        Description = "Rule pack files, or folders of *.yaml, loaded after the default pack.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The default pack plus the given ones, or null after printing why they were refused.</summary>
    private static AllianceAnalyzer? Load(ParseResult parseResult, Argument<string[]> packs)
    {
        try
        {
            return RulePackFiles.CreateAnalyzer(parseResult.GetValue(packs) ?? []);
        }
        catch (RulePackException ex)
        {
            RulePackFiles.Report(ex, parseResult.InvocationConfiguration.Error);
            return null;
        }
    }

    private static Command BuildTest()
    {
        Argument<string[]> packs = PacksArgument();
        var command = new Command("test", "Run every loaded pack's test cases; print each failure and a summary.") { packs };
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            if (Load(parseResult, packs) is not { } analyzer)
            {
                return CliApp.InputFailed;
            }

            IReadOnlyList<PackTestResult> results = analyzer.RunPackTests();
            foreach (PackTestResult result in results.Where(r => !r.Passed))
            {
                output.WriteLine($"FAIL [{result.Pack}] {result.Text}");
                foreach (string failure in result.Failures)
                {
                    output.WriteLine($"  {failure}");
                }

                output.WriteLine($"  got: {(result.Claims.Count == 0 ? "(no claims)" : string.Join("; ", result.Claims))}");
            }

            int failed = results.Count(r => !r.Passed);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} cases, {results.Count - failed} passed, {failed} failed"));
            return failed > 0 ? CliApp.InputFailed : CliApp.Success;
        });
        return command;
    }

    private static Command BuildLint()
    {
        Argument<string[]> packs = PacksArgument();
        var command = new Command("lint", "Validate the packs (errors with file:line:column) and print warnings.") { packs };
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            if (Load(parseResult, packs) is not { } analyzer)
            {
                return CliApp.InputFailed;
            }

            IReadOnlyList<PackDiagnostic> warnings = analyzer.Lint();
            foreach (PackDiagnostic warning in warnings)
            {
                output.WriteLine(warning);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{analyzer.Packs.Count} pack{(analyzer.Packs.Count == 1 ? "" : "s")}: 0 errors, {warnings.Count} warning{(warnings.Count == 1 ? "" : "s")}"));
            return CliApp.Success;
        });
        return command;
    }
}
