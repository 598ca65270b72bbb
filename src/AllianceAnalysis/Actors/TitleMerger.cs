using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>
/// Merges titles and institutions into the mention they belong to: "Russian Foreign Minister Sergei Lavrov" is one
/// person mention, "Russia's foreign ministry" one institution mention.
/// </summary>
internal sealed class TitleMerger
{
    private const int MaxTitleWords = 4;
    private readonly CompiledPack _pack;
    private readonly MentionContext _context;

    public TitleMerger(CompiledPack pack, MentionContext context)
    {
        _pack = pack;
        _context = context;
    }

    /// <summary>
    /// "Russian Foreign Minister Sergei Lavrov", "Iran's President Masoud Pezeshkian": mentions of one actor
    /// separated only by capitalised title words (or 's) become one mention. "Russia's foreign ministry",
    /// "the Iranian parliament": an institution noun after a possessive or a demonym joins the mention.
    /// </summary>
    public void Merge(ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        var mentions = sentence.Mentions;
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            Mention left = mentions[i];
            Mention right = mentions[i + 1];
            if (left.Actors[0] != right.Actors[0] || right.Start - left.End > MaxTitleWords + 1 || !OnlyTitleWords(tokens, left.End, right.Start))
            {
                continue;
            }

            MentionKind kind = right.Kind == MentionKind.Person || left.Kind == MentionKind.Person ? MentionKind.Person : right.Kind;
            Mention merged = sentence.RentMention(left.Start, right.End, left.Actors, kind);
            merged.TakeLeftContext(left);
            merged.TakeRightContext(right);
            mentions[i] = merged;
            mentions.RemoveAt(i + 1);
            i--;
        }

        foreach (PhraseHit hit in sentence.CueHits)
        {
            if (hit.Payload.Kind != PhraseKind.InstitutionNoun)
            {
                continue;
            }

            for (int i = 0; i < mentions.Count; i++)
            {
                Mention m = mentions[i];
                // "Yemen's internationally recognised government": up to two adjectives between the possessive and the noun.
                // "China's Eastern Theatre Command": or up to two capitalised words of the institution's name.
                bool afterPossessive = m.Possessive && hit.Start >= m.End + 1 && hit.Start <= m.End + 3
                    && (OnlyAdjectives(tokens, sentence, m.End + 1, hit.Start) || OnlyCapitalisedNameWords(tokens, m.End + 1, hit.Start, hit.Start < sentence.TokenEnd));
                bool afterDemonym = m.Kind == MentionKind.Demonym && m.End == hit.Start;

                // "Iran's military cooperation": the noun starts a trigger, so it is not an institution of Iran.
                if ((afterPossessive || afterDemonym) && sentence.TriggerStartingAt(hit.Start) < 0)
                {
                    Mention institution = sentence.RentMention(m.Start, hit.End, m.Actors, MentionKind.Institution);
                    institution.TakeLeftContext(m);
                    institution.Possessive = hit.End < sentence.TokenEnd && _pack.Is(tokens[hit.End], WordClass.Possessive);
                    mentions[i] = institution;
                }
            }
        }
    }

    private bool OnlyAdjectives(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (!tokens[t].IsWord || (tokens[t].Shape & TokenShape.Capitalized) != 0 || !_context.FollowedByContentWord(tokens, sentence, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of a proper name between a possessive and an institution noun, which must itself be capitalised.</summary>
    private static bool OnlyCapitalisedNameWords(ReadOnlySpan<Token> tokens, int start, int end, bool nounInSentence)
    {
        if (start >= end || !nounInSentence || (tokens[end].Shape & TokenShape.Capitalized) == 0)
        {
            return false;
        }

        for (int t = start; t < end; t++)
        {
            if (!tokens[t].IsWord || (tokens[t].Shape & TokenShape.Capitalized) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool OnlyTitleWords(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            Token token = tokens[t];
            bool title = token.IsWord && ((token.Shape & TokenShape.Capitalized) != 0 || _pack.Is(token, WordClass.Possessive));
            if (!title)
            {
                return false;
            }
        }

        return true;
    }
}
