using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Behaviour;

/// <summary>
/// <c>explain</c> on every sentence of the real articles: it must account for every sentence without failing, and
/// the claims it explains must be the claims <c>Analyze</c> makes for that sentence.
/// </summary>
public class ExplainEverySentenceTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "articles", "dev" })
        {
            foreach (string file in Directory.GetFiles(RepositoryRoot.Combine("corpus", folder), "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add($"{folder}/{Path.GetFileName(file)}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_sentence_is_explained_and_the_explained_claims_are_the_analysed_ones(string article)
    {
        var document = Document.Load(RepositoryRoot.Combine("corpus", article));
        DocumentAnalysis analysis = AllianceAnalyzer.Default.Analyze(document);

        foreach (Sentence sentence in analysis.Sentences)
        {
            SentenceExplanation? explanation = AllianceAnalyzer.Default.Explain(document, sentence.Index);

            var explained = explanation?.Claims.Select(c => c.Claim.Id).Order(StringComparer.Ordinal).ToArray() ?? [];
            var analysed = analysis.Claims.Where(c => c.Evidence.Sentence == sentence.Index).Select(c => c.Id).Order(StringComparer.Ordinal).ToArray();
            explained.Should().Equal(analysed, $"sentence {sentence.Index} of {article}");
        }
    }
}
