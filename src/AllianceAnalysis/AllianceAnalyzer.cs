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

    /// <summary>The ids of the symmetric relation types of the loaded packs.</summary>
    internal IReadOnlySet<string> SymmetricRelations =>
        _pipeline.Pack.RelationTypes.Values.Where(r => r.Symmetric).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

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

    /// <summary>
    /// Explains one sentence of a document: tokens, mentions and how each was resolved, cues and their scopes, every
    /// rule whose trigger occurred and why it fired or not, and the claims with the factors of their strength. The
    /// sentences before it are analysed too, so pronouns resolve as they do in <see cref="Analyze"/>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="sentence">Zero-based index of the sentence, as in <see cref="SplitSentences"/>.</param>
    /// <returns>The explanation, or <see langword="null"/> when the sentence is boilerplate or empty (it is not analysed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not a sentence of the document.</exception>
    public SentenceExplanation? Explain(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = _pipeline.SplitSentences(document.Text).Count;
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentence, count);
        return _pipeline.Explain(document, sentence);
    }

    /// <summary>Runs the test cases every loaded pack carries (each pack's <c>tests:</c>), in load order.</summary>
    /// <returns>One result per case: the sentence, whether it passed, what failed and the claims produced.</returns>
    public IReadOnlyList<PackTestResult> RunPackTests() =>
        [.. _pipeline.Pack.Tests.Select(t => PackTestRunner.Run(this, t.Test, t.Pack))];

    /// <summary>
    /// Warnings about the loaded packs that do not stop them from loading: an alias naming two actors, the same
    /// trigger in two rules, a relation type no test case covers. Errors are thrown when the analyzer is built.
    /// </summary>
    /// <returns>The warnings, each with file, line and column.</returns>
    public IReadOnlyList<PackDiagnostic> Lint() => _pipeline.Pack.Warnings;

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
