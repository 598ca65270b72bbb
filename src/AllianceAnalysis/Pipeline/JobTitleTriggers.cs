using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// A relation word that names a portfolio in a job title is no relation: "France's trade minister met Indian
/// officials", "the EU's sanctions envoy". A trigger right before one of the pack's <c>title-nouns</c> is dropped.
/// </summary>
internal sealed class JobTitleTriggers
{
    private readonly CompiledPack _pack;

    public JobTitleTriggers(CompiledPack pack)
    {
        _pack = pack;
    }

    /// <summary>Removes, in place and keeping the order, the sentence's triggers that modify a title noun.</summary>
    public void Apply(ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        List<PhraseHit> triggers = sentence.TriggerHits;
        int kept = 0;
        for (int i = 0; i < triggers.Count; i++)
        {
            if (!NamesTitle(tokens, sentence, triggers[i]))
            {
                triggers[kept++] = triggers[i];
            }
        }

        triggers.RemoveRange(kept, triggers.Count - kept);
    }

    /// <summary>The trigger is directly followed by a title noun ("trade minister", "sanctions envoy").</summary>
    public bool NamesTitle(ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit trigger) =>
        trigger.End < sentence.TokenEnd && _pack.Is(tokens[trigger.End], WordClass.TitleNoun);
}
