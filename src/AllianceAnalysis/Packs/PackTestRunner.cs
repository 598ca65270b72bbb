using System.Globalization;
using AllianceAnalysis.Output;

namespace AllianceAnalysis.Packs;

/// <summary>The outcome of one rule-pack test case: the sentence, what was expected or rejected, and what came out.</summary>
/// <param name="Pack">The pack that carries the case, as <c>id@version</c>.</param>
/// <param name="Text">The test sentence.</param>
/// <param name="Passed">Whether every expected claim was produced and no rejected claim was.</param>
/// <param name="Failures">One line per unmet expectation ("expected IRN->RUS arms", "rejected … but got …").</param>
/// <param name="Claims">The claims the analyzer produced, rendered as <c>SRC-&gt;TGT relation polarity modality</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PackTestResult(string Pack, string Text, bool Passed, IReadOnlyList<string> Failures, IReadOnlyList<string> Claims);

/// <summary>
/// Runs the test cases that packs carry (<c>tests:</c>): each sentence is analysed as a one-sentence document;
/// every <c>expect</c> entry must match a claim, no <c>reject</c> entry may. Symmetric relations match in either
/// order; polarity and modality are checked only when the entry names them.
/// </summary>
internal static class PackTestRunner
{
    public static PackTestResult Run(AllianceAnalyzer analyzer, PackTestEntry test, string pack = "")
    {
        DocumentAnalysis analysis = analyzer.Analyze(new Document("pack-test", test.Text));
        var failures = new List<string>();
        foreach (ExpectedClaimEntry expected in test.Expect)
        {
            if (!analysis.Claims.Any(c => Matches(analyzer, c, expected)))
            {
                failures.Add($"expected {Render(expected)}");
            }
        }

        foreach (ExpectedClaimEntry rejected in test.Reject)
        {
            Claim? found = analysis.Claims.FirstOrDefault(c => Matches(analyzer, c, rejected));
            if (found is not null)
            {
                failures.Add($"rejected {Render(rejected)} but got {Render(found)}");
            }
        }

        return new PackTestResult(pack, test.Text, failures.Count == 0, failures, [.. analysis.Claims.Select(Render)]);
    }

    public static string Render(Claim claim) => string.Create(
        CultureInfo.InvariantCulture,
        $"{claim.Source}->{claim.Target} {claim.Relation} {OutputFormat.Name(claim.Polarity)} {OutputFormat.Name(claim.Modality)}");

    private static string Render(ExpectedClaimEntry entry) =>
        $"{entry.Source}->{entry.Target} {entry.Relation}{(entry.Polarity is null ? "" : " " + entry.Polarity)}{(entry.Modality is null ? "" : " " + entry.Modality)}";

    private static bool Matches(AllianceAnalyzer analyzer, Claim claim, ExpectedClaimEntry entry)
    {
        if (claim.Relation != entry.Relation)
        {
            return false;
        }

        bool symmetric = analyzer.CompiledPack.RelationTypes.TryGetValue(entry.Relation, out RelationTypeEntry? type) && type.Symmetric;
        bool sameDirection = claim.Source == entry.Source && claim.Target == entry.Target;
        bool reversed = symmetric && claim.Source == entry.Target && claim.Target == entry.Source;
        return (sameDirection || reversed)
            && (entry.Polarity is null || entry.Polarity == OutputFormat.Name(claim.Polarity))
            && (entry.Modality is null || entry.Modality == OutputFormat.Name(claim.Modality));
    }

}
