using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>How two mentions are joined by the tokens between them: not at all, by a comma, or by a coordinator or hyphen.</summary>
internal enum MentionJoin : byte
{
    /// <summary>Not joined: other words or a clause boundary lie between them.</summary>
    None,

    /// <summary>Only commas (and determiners): joined when a list ending in a coordinator follows.</summary>
    Comma,

    /// <summary>"and", "or" or a hyphen.</summary>
    Strong,
}

/// <summary>Classifies the tokens between two mentions as a coordination join.</summary>
internal sealed class MentionJoins
{
    private readonly CompiledPack _pack;

    public MentionJoins(CompiledPack pack)
    {
        _pack = pack;
    }

    /// <summary>The join between a mention ending at <paramref name="leftEnd"/> and one starting at <paramref name="rightStart"/>.</summary>
    public MentionJoin Between(ReadOnlySpan<Token> tokens, int leftEnd, int rightStart)
    {
        if (rightStart - leftEnd is < 1 or > 3)
        {
            return MentionJoin.None;
        }

        MentionJoin join = MentionJoin.None;
        for (int t = leftEnd; t < rightStart; t++)
        {
            Token token = tokens[t];
            WordClass wordClass = _pack.ClassOf(token);
            bool hyphen = _pack.IsHyphen(token);
            if ((wordClass & WordClass.ClauseBoundary) != 0)
            {
                // "… in Belarus, and that Minsk expects …": a new clause, not a list.
                return MentionJoin.None;
            }

            if ((wordClass & WordClass.Coordinator) != 0 || hyphen)
            {
                join = MentionJoin.Strong;
            }
            else if ((wordClass & WordClass.Comma) != 0)
            {
                join = join == MentionJoin.Strong ? MentionJoin.Strong : MentionJoin.Comma;
            }
            else if ((wordClass & WordClass.Determiner) == 0)
            {
                return MentionJoin.None;
            }
        }

        return join;
    }
}
