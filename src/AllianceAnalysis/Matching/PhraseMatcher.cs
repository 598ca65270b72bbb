using AllianceAnalysis.Text;

namespace AllianceAnalysis.Matching;

/// <summary>
/// Every phrase of every loaded pack (actor names, triggers, cues) compiled into one trie over token keys.
/// Matching walks the trie once from each token, so its cost depends on the sentence and the depth of the
/// trie, not on the number of rules.
/// </summary>
/// <remarks>
/// A token offers up to four keys: its form in any case, its form when capitalised, its form when in capitals,
/// and its lemma family. A phrase word written with a capital uses the capitalised key; an all-caps word of two
/// or more letters the all-caps key; actor names use form keys; triggers and cues lemma keys. A "..." phrase
/// word is a gap of up to <see cref="MaxGap"/> tokens. Inside triggers, a coordination ("military and
/// technical support") may be skipped. Immutable and thread-safe after <see cref="PhraseMatcherBuilder.Build"/>.
/// </remarks>
internal sealed class PhraseMatcher
{
    public const int MaxGap = 4;

    private readonly Dictionary<long, int> _edges;
    private readonly int[] _gapChild;
    private readonly PhrasePayload[][] _payloads;
    private readonly bool[] _isCoordinator;
    private readonly bool[] _isClausePunctuation;

    internal PhraseMatcher(Dictionary<long, int> edges, int[] gapChild, PhrasePayload[][] payloads, bool[] isCoordinator, bool[] isClausePunctuation)
    {
        _isClausePunctuation = isClausePunctuation;
        _edges = edges;
        _gapChild = gapChild;
        _payloads = payloads;
        _isCoordinator = isCoordinator;
    }

    public int NodeCount => _payloads.Length;

    /// <summary>Appends every phrase occurrence within <c>tokens[start..end]</c> to <paramref name="hits"/>.</summary>
    public void Match(ReadOnlySpan<Token> tokens, int start, int end, List<PhraseHit> hits)
    {
        for (int i = start; i < end; i++)
        {
            Walk(tokens, i, end, node: 0, position: i, gapStart: -1, gapEnd: -1, coordinated: false, hits);
        }
    }

    private void Walk(ReadOnlySpan<Token> tokens, int origin, int end, int node, int position, int gapStart, int gapEnd, bool coordinated, List<PhraseHit> hits)
    {
        if (node != 0)
        {
            foreach (PhrasePayload payload in _payloads[node])
            {
                if (!coordinated || payload.Kind == PhraseKind.Trigger)
                {
                    hits.Add(new PhraseHit(origin, position, payload, gapStart, gapEnd, coordinated));
                }
            }
        }

        if (position >= end)
        {
            return;
        }

        StepAll(tokens, origin, end, node, position, gapStart, gapEnd, coordinated, hits);
        if (node == 0)
        {
            return;
        }

        // A gap: skip 1..MaxGap tokens (zero is the gap child's own key path), never across clause punctuation.
        int gap = _gapChild[node];
        if (gap >= 0)
        {
            for (int skip = 0; skip <= MaxGap && position + skip < end; skip++)
            {
                if (skip > 0 && IsClausePunctuation(tokens[position + skip - 1]))
                {
                    break;
                }

                Walk(tokens, origin, end, gap, position + skip, position, position + skip, coordinated, hits);
            }
        }

        SkipConjuncts(tokens, origin, end, node, position, gapStart, gapEnd, hits);
    }

    /// <summary>
    /// "military and technical support" matches the trigger "military support": skip the coordinator and one word,
    /// then a phrase word must follow. A comma series skips a word after each comma up to the coordinator ("the
    /// economic, military, and diplomatic dimensions" matches "economic dimension").
    /// </summary>
    private void SkipConjuncts(ReadOnlySpan<Token> tokens, int origin, int end, int node, int position, int gapStart, int gapEnd, List<PhraseHit> hits)
    {
        Token token = tokens[position];
        if (IsCoordinator(token))
        {
            if (position + 2 < end && tokens[position + 1].IsWord)
            {
                StepAll(tokens, origin, end, node, position + 2, gapStart, gapEnd, coordinated: true, hits);
            }

            return;
        }

        if (!IsClausePunctuation(token) || position + 1 >= end)
        {
            return;
        }

        Token next = tokens[position + 1];
        if (IsCoordinator(next))
        {
            SkipConjuncts(tokens, origin, end, node, position + 1, gapStart, gapEnd, hits);
        }
        else if (next.IsWord && position + 2 < end && (IsCoordinator(tokens[position + 2]) || IsClausePunctuation(tokens[position + 2])))
        {
            SkipConjuncts(tokens, origin, end, node, position + 2, gapStart, gapEnd, hits);
        }
    }

    private bool IsCoordinator(Token token) => token.Form >= 0 && _isCoordinator[token.Form];

    private void StepAll(ReadOnlySpan<Token> tokens, int origin, int end, int node, int position, int gapStart, int gapEnd, bool coordinated, List<PhraseHit> hits)
    {
        Token token = tokens[position];
        Step(tokens, origin, end, node, position, TrieKeys.Form(token.Form), gapStart, gapEnd, coordinated, hits);
        if ((token.Shape & TokenShape.Capitalized) != 0)
        {
            Step(tokens, origin, end, node, position, TrieKeys.CapitalizedForm(token.Form), gapStart, gapEnd, coordinated, hits);
        }

        if ((token.Shape & TokenShape.AllCaps) != 0)
        {
            Step(tokens, origin, end, node, position, TrieKeys.AllCapsForm(token.Form), gapStart, gapEnd, coordinated, hits);
        }

        if (token.Lemma >= 0)
        {
            Step(tokens, origin, end, node, position, TrieKeys.Lemma(token.Lemma), gapStart, gapEnd, coordinated, hits);
        }
    }

    private void Step(ReadOnlySpan<Token> tokens, int origin, int end, int node, int position, long key, int gapStart, int gapEnd, bool coordinated, List<PhraseHit> hits)
    {
        if (key >= 0 && _edges.TryGetValue(TrieKeys.Edge(node, key), out int child))
        {
            Walk(tokens, origin, end, child, position + 1, gapStart, gapEnd, coordinated, hits);
        }
    }

    /// <summary>A gap never crosses , ; : . ! ? (an apostrophe, as in "Damascus' aid", is fine).</summary>
    private bool IsClausePunctuation(Token token) => token.Kind == TokenKind.Punctuation && (token.Form < 0 || _isClausePunctuation[token.Form]);
}

/// <summary>The key spaces of the trie: form (any case), capitalised form, all-caps form, lemma family.</summary>
internal static class TrieKeys
{
    public static long Form(int form) => form < 0 ? -1 : (long)form * 4;

    public static long CapitalizedForm(int form) => form < 0 ? -1 : ((long)form * 4) + 1;

    public static long AllCapsForm(int form) => form < 0 ? -1 : ((long)form * 4) + 2;

    public static long Lemma(int lemma) => lemma < 0 ? -1 : ((long)lemma * 4) + 3;

    public static long Edge(int node, long key) => ((long)node << 34) ^ key;
}
