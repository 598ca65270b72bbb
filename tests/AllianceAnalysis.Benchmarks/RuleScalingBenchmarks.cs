using AllianceAnalysis.Packs;
using BenchmarkDotNet.Attributes;

namespace AllianceAnalysis.Benchmarks;

/// <summary>
/// Whether analysis time grows with the number of rules: "ten times the rules, less than 1.5 times the time".
/// Both benchmarks analyse the same document, about 1 MB: the seed articles repeated, each copy followed by one
/// generated sentence per rule of the baseline's generated pack, so generated triggers occur in the text.
/// </summary>
/// <remarks>
/// <para>
/// The baseline analyzer holds the default pack plus a generated pack with as many rules as the default pack
/// (2× the default rule count); the other holds the default pack plus ten times as many generated rules (11×).
/// The generated rules of the baseline are the first rules of the larger set, so both analyzers find the same
/// triggers in the generated sentences. The <c>Ratio</c> column is the scaling: ten times the generated rules
/// (5.5 times all rules) against the baseline.
/// </para>
/// <para>
/// The invocation count is fixed. Left to the pilot stage, it came out anywhere from 1 to 6 operations per
/// iteration on a loaded 2-core machine, differently for the two benchmarks, so the gen0 collections caused by each
/// operation's ~25 MB fell inside the measured iterations of one benchmark and outside those of the other. Four
/// operations (0.3–0.5 s) per iteration measure both benchmarks the same way, collections included.
/// </para>
/// <para>Run: <c>dotnet run -c Release --project tests/AllianceAnalysis.Benchmarks -- --filter '*RuleScaling*'</c>.</para>
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(4)]
public class RuleScalingBenchmarks
{
    private const int TargetCharacters = 1_000_000;
    private const string DefaultPackResource = "AllianceAnalysis.Packs.core.pack.yaml";

    private Document _document = null!;
    private AllianceAnalyzer _baseline = null!;
    private AllianceAnalyzer _tenTimes = null!;

    /// <summary>Builds the document and both analyzers, and checks that generated rules fire on the document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int defaultRules = CountDefaultRules();
        IReadOnlyList<GeneratedRule> rules = GeneratedRules.Generate(10 * defaultRules);
        IReadOnlyList<GeneratedRule> baselineRules = [.. rules.Take(defaultRules)];
        _baseline = Build(baselineRules);
        _tenTimes = Build(rules);
        _document = BuildDocument(baselineRules);

        Console.WriteLine($"// document: {_document.Text.Length:N0} characters; vocabulary: {GeneratedRules.VocabularySize} words");
        Report("baseline", _baseline, defaultRules, baselineRules);
        Report("10x", _tenTimes, defaultRules, rules);
    }

    /// <summary>The default pack and as many generated rules as it holds: 2× the default rule count.</summary>
    /// <returns>The number of claims, so the work cannot be optimised away.</returns>
    [Benchmark(Baseline = true, Description = "default + 1x generated rules (2x rules)")]
    public int TwiceTheDefaultRules() => _baseline.Analyze(_document).Claims.Count;

    /// <summary>The default pack and ten times as many generated rules as it holds: 11× the default rule count.</summary>
    /// <returns>The number of claims, so the work cannot be optimised away.</returns>
    [Benchmark(Description = "default + 10x generated rules (11x rules)")]
    public int ElevenTimesTheDefaultRules() => _tenTimes.Analyze(_document).Claims.Count;

    private static AllianceAnalyzer Build(IEnumerable<GeneratedRule> rules)
    {
        RulePack pack = RulePack.Parse(GeneratedRules.ToYaml(rules), "generated.pack.yaml");
        return AllianceAnalyzer.CreateBuilder().AddPack(pack).Build();
    }

    /// <summary>The seed articles, each copy followed by a paragraph of generated sentences, repeated to about 1 MB.</summary>
    private static Document BuildDocument(IReadOnlyList<GeneratedRule> rules)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "corpus", "articles");
        string articles = string.Join("\n\n", Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var parts = new List<string>();
        int length = 0;
        for (int round = 0; length < TargetCharacters; round++)
        {
            string sentences = GeneratedRules.Sentences(rules, round);
            parts.Add(articles);
            parts.Add(sentences);
            length += articles.Length + sentences.Length + 4;
        }

        return new Document("rule-scaling", string.Join("\n\n", parts));
    }

    /// <summary>
    /// The number of rules in the embedded default pack: the entries of its top-level <c>rules:</c> list. The public
    /// API does not expose rule counts, so the embedded YAML is read directly.
    /// </summary>
    private static int CountDefaultRules()
    {
        using Stream stream = typeof(RulePack).Assembly.GetManifestResourceStream(DefaultPackResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultPackResource} not found");
        using var reader = new StreamReader(stream);
        bool inRules = false;
        int count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#')
            {
                inRules = line == "rules:";
            }
            else if (inRules && line.StartsWith("  - id:", StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count > 0 ? count : throw new InvalidOperationException("the default pack has no rules");
    }

    private void Report(string name, AllianceAnalyzer analyzer, int defaultRules, IReadOnlyList<GeneratedRule> generated)
    {
        IReadOnlyList<Claim> claims = analyzer.Analyze(_document).Claims;
        int fromGenerated = claims.Count(c => c.Evidence.Pack.StartsWith("generated@", StringComparison.Ordinal));
        int triggers = generated.Sum(r => r.Triggers.Length);
        Console.WriteLine($"// {name}: {defaultRules} default + {generated.Count} generated rules ({triggers} generated triggers); "
            + $"{claims.Count:N0} claims, {fromGenerated:N0} from generated rules");
        if (fromGenerated == 0)
        {
            throw new InvalidOperationException($"{name}: no generated rule fired on the document");
        }
    }
}
