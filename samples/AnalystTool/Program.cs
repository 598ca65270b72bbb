// AnalystTool: analyses a folder of articles with the default rule pack plus extra.pack.yaml, then prints what the
// articles say about one pair of actors. It builds against the AllianceAnalysis *package* from a local feed (see
// nuget.config), exactly as analyst tooling outside this repository would; scripts/pack-and-run-sample.sh packs the
// library and runs it:
//   dotnet run -- <folder> <actor> <actor>        e.g.  dotnet run -- ../../corpus/articles RUS IRN
// The README's library quick start is the marked region below, verbatim (a test keeps the two identical).

// <quick-start>
using System.Globalization;
using AllianceAnalysis;
using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Packs;

static void PrintPairProfile(string folder, string extraPackPath, string first, string second)
{
    // Build once, reuse for every document: the analyzer is immutable and thread-safe.
    // The builder starts with the embedded default pack; the extra pack adds an actor and a rule.
    AllianceAnalyzer analyzer = AllianceAnalyzer.CreateBuilder()
        .AddPack(RulePack.LoadFile(extraPackPath))
        .Build();

    // Fold every article's claims into one profile per (source, target, relation).
    var aggregator = new RelationAggregator(analyzer);
    foreach (string path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        aggregator.Add(analyzer.Analyze(Document.Load(path)));
    }

    RelationSet relations = aggregator.ToRelations();
    IEnumerable<RelationProfile> pair = relations.Profiles
        .Where(p => (p.Source, p.Target) == (first, second) || (p.Source, p.Target) == (second, first))
        .OrderByDescending(p => Math.Abs(p.Score))
        .ThenBy(p => p.Relation, StringComparer.Ordinal);

    Console.WriteLine($"{first}–{second} profile ({string.Join(", ", analyzer.Packs)})");
    foreach (RelationProfile profile in pair)
    {
        // Score = support − opposition, each 1 − Π(1 − strength) over distinct evidence sentences.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {profile.Source}->{profile.Target} {profile.Relation,-22} score {profile.Score,6:+0.00;-0.00} ({profile.Affirmed} affirmed, {profile.Negated} negated)"));
        Claim? strongest = profile.Score >= 0 ? profile.StrongestAffirmed : profile.StrongestNegated;
        if (strongest is not null)
        {
            Console.WriteLine($"      \"{strongest.Evidence.Text}\" [{strongest.Evidence.Rule} from {strongest.Evidence.Pack}]");
        }
    }
}
// </quick-start>

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: AnalystTool <folder> <actor> <actor>   e.g. AnalystTool corpus/articles RUS IRN");
    return 2;
}

if (!Directory.Exists(args[0]))
{
    Console.Error.WriteLine($"error: {args[0]}: no such folder");
    return 1;
}

try
{
    PrintPairProfile(args[0], Path.Combine(AppContext.BaseDirectory, "extra.pack.yaml"), args[1], args[2]);
    return 0;
}
catch (Exception ex) when (ex is RulePackException or DocumentReadException or IOException or UnauthorizedAccessException)
{
    // Both library exceptions name the file (and, for a pack, the line and column) in their message.
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
