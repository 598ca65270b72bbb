using BenchmarkDotNet.Attributes;

namespace AllianceAnalysis.Benchmarks;

/// <summary>
/// Throughput of the whole pipeline and of sentence splitting alone, on the seed articles repeated to about
/// 3 MB. Run: <c>dotnet run -c Release --project tests/AllianceAnalysis.Benchmarks -- --filter *</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int Copies = 100;
    private Document _document = null!;
    private AllianceAnalyzer _analyzer = null!;

    /// <summary>Characters analysed per operation, for converting the mean time into characters per second.</summary>
    public int Characters => _document.Text.Length;

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "corpus", "articles");
        string[] articles = [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        _document = new Document("bench", string.Join("\n\n", Enumerable.Repeat(articles, Copies).SelectMany(a => a)));
        _analyzer = AllianceAnalyzer.Default;
        Console.WriteLine($"// document: {Characters:N0} characters");
    }

    [Benchmark(Description = "analyze (whole pipeline)")]
    public int Analyze() => _analyzer.Analyze(_document).Claims.Count;

    [Benchmark(Description = "split sentences and mark boilerplate")]
    public int SplitSentences() => _analyzer.SplitSentences(_document).Count;
}
