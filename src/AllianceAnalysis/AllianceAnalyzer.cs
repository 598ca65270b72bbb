using AllianceAnalysis.Packs;
using AllianceAnalysis.Boilerplate;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis;

/// <summary>
/// Extracts claims from documents. Build one from rule packs (or use <see cref="Default"/>) and reuse it for every
/// document: building compiles all packs into one matcher; analysing is fast.
/// </summary>
/// <remarks>An analyzer is immutable and thread-safe: <see cref="Analyze"/> may be called from many threads at once.</remarks>
public sealed class AllianceAnalyzer
{
    private static readonly Lazy<AllianceAnalyzer> DefaultAnalyzer = new(() => CreateBuilder().Build());

    private readonly DocumentPipeline _pipeline;

    internal AllianceAnalyzer(IReadOnlyList<RulePack> packs)
    {
        Packs = packs;
        CompiledPack compiled = PackCompiler.Compile(packs);
        _pipeline = new DocumentPipeline(compiled, new SentenceSplitter(compiled.SplitterLexicon), new BoilerplateDetector(compiled.BoilerplateCues));
    }

    /// <summary>An analyzer with the embedded default pack only, built on first use and shared.</summary>
    /// <remarks>Thread-safe: the first access from any thread builds it once.</remarks>
    /// <exception cref="RulePackException">Never in a correct build; the embedded pack is tested.</exception>
    public static AllianceAnalyzer Default => DefaultAnalyzer.Value;

    /// <summary>The packs this analyzer was built from, in the order they were added (read-only).</summary>
    public IReadOnlyList<RulePack> Packs { get; }

    internal CompiledPack CompiledPack => _pipeline.Pack;

    /// <summary>Starts a builder that already holds the default pack.</summary>
    /// <returns>A new builder; each call returns a fresh one, so this method is thread-safe (the builder itself is not).</returns>
    /// <exception cref="RulePackException">Never in a correct build; the embedded pack is tested.</exception>
    public static AllianceAnalyzerBuilder CreateBuilder() => new();

    /// <summary>Analyses one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the analysis between sentences.</param>
    /// <returns>The sentences, mentions and claims of the document. Thread-safe: concurrent calls are independent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public DocumentAnalysis Analyze(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return _pipeline.Analyze(document, cancellationToken);
    }

    /// <summary>Splits a document into sentences and marks boilerplate, without extracting claims.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The sentences in text order. Thread-safe: concurrent calls are independent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public IReadOnlyList<Sentence> SplitSentences(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _pipeline.SplitSentences(document.Text);
    }
}
