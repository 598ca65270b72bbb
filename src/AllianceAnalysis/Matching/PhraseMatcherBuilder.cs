using AllianceAnalysis.Text;

namespace AllianceAnalysis.Matching;

/// <summary>Compiles phrases into a <see cref="PhraseMatcher"/>. Not thread-safe; used once per analyzer build.</summary>
internal sealed class PhraseMatcherBuilder
{
    public const string GapWord = "...";

    private readonly Lexicon _lexicon;
    private readonly Tokenizer _tokenizer;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _gapChild = [-1];
    private readonly List<List<PhrasePayload>> _payloads = [[]];

    public PhraseMatcherBuilder(Lexicon lexicon, Tokenizer tokenizer)
    {
        _lexicon = lexicon;
        _tokenizer = tokenizer;
    }

    /// <summary>Adds a phrase. Returns false when the phrase has no tokens or a word outside the lexicon (it could never match).</summary>
    public bool Add(string phrase, bool byLemma, PhrasePayload payload)
    {
        var tokens = new List<Token>();
        int node = 0;
        int wordCount = 0;
        foreach (string part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == GapWord)
            {
                if (node == 0)
                {
                    return false;
                }

                if (_gapChild[node] < 0)
                {
                    _gapChild[node] = NewNode();
                }

                node = _gapChild[node];
                continue;
            }

            tokens.Clear();
            _tokenizer.Tokenize(part, 0, part.Length, tokens);
            foreach (Token token in tokens)
            {
                if (token.Form < 0)
                {
                    return false;
                }

                string written = part[token.Start..token.End];
                long key = KeyFor(token, written, byLemma);
                node = Child(node, key);
                wordCount++;
            }
        }

        if (wordCount == 0)
        {
            return false;
        }

        if (!_payloads[node].Contains(payload))
        {
            _payloads[node].Add(payload);
        }

        return true;
    }

    public PhraseMatcher Build(IEnumerable<int> coordinatorForms)
    {
        var isCoordinator = new bool[_lexicon.Count];
        foreach (int form in coordinatorForms)
        {
            isCoordinator[form] = true;
        }

        // Punctuation that ends a gap: everything but apostrophes and hyphens ("Damascus' aid", "Iran-backed").
        var isClausePunctuation = new bool[_lexicon.Count];
        for (int form = 0; form < _lexicon.Count; form++)
        {
            string text = _lexicon.FormText(form);
            isClausePunctuation[form] = text.Length > 0 && !text.Any(char.IsLetterOrDigit) && text is not ("'" or "-" or "'s");
        }

        return new PhraseMatcher(
            new Dictionary<long, int>(_edges),
            [.. _gapChild],
            [.. _payloads.Select(p => p.ToArray())],
            isCoordinator,
            isClausePunctuation);
    }

    private static long KeyFor(Token token, string written, bool byLemma)
    {
        bool hasLetters = written.Any(char.IsLetter);
        if (hasLetters && written.Length >= 2 && written.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return TrieKeys.AllCapsForm(token.Form);
        }

        if (hasLetters && char.IsUpper(written[0]))
        {
            return TrieKeys.CapitalizedForm(token.Form);
        }

        return byLemma && token.Lemma >= 0 ? TrieKeys.Lemma(token.Lemma) : TrieKeys.Form(token.Form);
    }

    private int Child(int node, long key)
    {
        long edge = TrieKeys.Edge(node, key);
        if (!_edges.TryGetValue(edge, out int child))
        {
            child = NewNode();
            _edges.Add(edge, child);
        }

        return child;
    }

    private int NewNode()
    {
        _gapChild.Add(-1);
        _payloads.Add([]);
        return _payloads.Count - 1;
    }
}
