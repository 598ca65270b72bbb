// Prints the Russia–Iran profile of a folder of articles, using only the library's public API.
//   dotnet run --project samples/RussiaIranProfile -- corpus/articles
using System.Globalization;
using AllianceAnalysis;
using AllianceAnalysis.Aggregation;

string folder = args.Length > 0 ? args[0] : "corpus/articles";
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: {folder}: no such folder");
    return 1;
}

// Build once, reuse for every document: the analyzer is immutable and thread-safe.
AllianceAnalyzer analyzer = AllianceAnalyzer.Default;
var aggregator = new RelationAggregator(analyzer);
foreach (string path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    aggregator.Add(analyzer.Analyze(Document.Load(path)));
}

RelationSet relations = aggregator.ToRelations();
var pair = relations.Profiles
    .Where(p => (p.Source, p.Target) is ("RUS", "IRN") or ("IRN", "RUS"))
    .OrderByDescending(p => Math.Abs(p.Score));

Console.WriteLine("Russia–Iran profile");
foreach (RelationProfile profile in pair)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {profile.Source}->{profile.Target} {profile.Relation,-22} score {profile.Score,6:+0.00;-0.00} ({profile.Affirmed} affirmed, {profile.Negated} negated)"));
    Claim? strongest = profile.Score >= 0 ? profile.StrongestAffirmed : profile.StrongestNegated;
    if (strongest is not null)
    {
        Console.WriteLine($"      \"{strongest.Evidence.Text}\"");
    }
}

return 0;
