using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>
/// Joins coordinated mentions into groups ("Russia, China and Iran", "Iran-Russia"), and marks the group that opens a
/// conjunct after ", and".
/// </summary>
internal sealed class MentionGrouper
{
    /// <summary>Per-sentence flags for up to this many mentions live on the stack.</summary>
    private const int MaxStackMentions = 128;
    private readonly CompiledPack _pack;
    private readonly MentionContext _context;
    private readonly MentionJoins _joins;

    public MentionGrouper(CompiledPack pack, MentionContext context, MentionJoins joins)
    {
        _pack = pack;
        _context = context;
        _joins = joins;
    }

    /// <summary>Joins mentions separated only by coordinators, commas, hyphens and "both" into groups.</summary>
    public void Build(ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        var mentions = sentence.Mentions;
        Span<bool> joined = mentions.Count <= MaxStackMentions ? stackalloc bool[mentions.Count] : new bool[mentions.Count];
        JoinsToPrevious(tokens, mentions, joined);
        MentionGroup? current = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            Mention m = mentions[i];
            if (current is not null && joined[i])
            {
                current.Members.Add(i);
                current.End = m.End;
                current.TakeRightContext(m);
                current.Modifier |= _pack.IsHyphen(tokens[m.Start - 1]) && _context.FollowedByContentWord(tokens, sentence, m.End);
            }
            else
            {
                current = sentence.RentGroup(m.Start, m.End);
                current.TakeLeftContext(m);
                current.TakeRightContext(m);
                current.Reciprocal = m.Reciprocal;
                current.ObjectOfVerb = m.ObjectOfVerb;
                current.Members.Add(i);
                sentence.Groups.Add(current);
            }
        }

        for (int g = 0; g < sentence.Groups.Count; g++)
        {
            MentionGroup group = sentence.Groups[g];
            group.OpensConjunct = AfterCommaCoordinator(tokens, sentence, group.Start);
            group.Actors = UnionOfActors(mentions, group.Members);
            group.FromAnaphor = false;
            foreach (int i in group.Members)
            {
                group.FromAnaphor |= mentions[i].FromAnaphor;
            }

            if (group.Members.Count > 1 && group.Modifier)
            {
                // In "Iran-Russia partnership" every member modifies the noun.
                foreach (int i in group.Members)
                {
                    mentions[i].Modifier = true;
                }
            }

            foreach (int i in group.Members)
            {
                mentions[i].Group = g;
            }
        }
    }

    /// <summary>The members' actors in order of first mention, each once; a one-member group shares its mention's array.</summary>
    private static int[] UnionOfActors(List<Mention> mentions, List<int> members)
    {
        if (members.Count == 1)
        {
            return mentions[members[0]].Actors;
        }

        int count = 0;
        foreach (int i in members)
        {
            count += mentions[i].Actors.Length;
        }

        Span<int> buffer = count <= 64 ? stackalloc int[count] : new int[count];
        int n = 0;
        foreach (int i in members)
        {
            foreach (int actor in mentions[i].Actors)
            {
                if (buffer[..n].IndexOf(actor) < 0)
                {
                    buffer[n++] = actor;
                }
            }
        }

        return buffer[..n].ToArray();
    }

    /// <summary>", and the Iranian officials": a comma and a coordinator (and determiners) right before the token.</summary>
    private bool AfterCommaCoordinator(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start)
    {
        int t = start - 1;
        while (t > sentence.TokenStart && _pack.Is(tokens[t], WordClass.Determiner))
        {
            t--;
        }

        return t - 1 >= sentence.TokenStart && _pack.Is(tokens[t], WordClass.Coordinator) && _pack.Is(tokens[t - 1], WordClass.Comma);
    }

    /// <summary>
    /// Whether each mention joins the one before it. "and", "or" and hyphens join; a comma joins only inside a list
    /// that ends with "and"/"or" ("Russia, China and Iran"), never in "Iran, Lavrov said" or "According to Peskov, Russia".
    /// </summary>
    private void JoinsToPrevious(ReadOnlySpan<Token> tokens, List<Mention> mentions, Span<bool> joined)
    {
        Span<MentionJoin> joins = mentions.Count <= MaxStackMentions ? stackalloc MentionJoin[mentions.Count] : new MentionJoin[mentions.Count];
        for (int i = 1; i < mentions.Count; i++)
        {
            // "against Ukraine and Iran's nuclear program": a possessive after a plain mention starts a new noun phrase.
            bool newPossessor = mentions[i].Possessive && !mentions[i - 1].Possessive;
            joins[i] = mentions[i].Reciprocal || mentions[i - 1].Reciprocal || newPossessor ? MentionJoin.None : _joins.Between(tokens, mentions[i - 1].End, mentions[i].Start);
        }

        bool listEndsWithCoordinator = false;
        for (int i = mentions.Count - 1; i >= 1; i--)
        {
            listEndsWithCoordinator = joins[i] switch
            {
                MentionJoin.Strong => true,
                MentionJoin.Comma => listEndsWithCoordinator,
                _ => false,
            };
            joined[i] = joins[i] == MentionJoin.Strong || (joins[i] == MentionJoin.Comma && listEndsWithCoordinator);
        }
    }
}
