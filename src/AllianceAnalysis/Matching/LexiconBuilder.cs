namespace AllianceAnalysis.Matching;

/// <summary>
/// Collects the forms of all phrases while a pack is compiled. Lemma families that share a form are merged
/// (union-find), so "sanction" and "sanctions" written in two rules end up one family.
/// </summary>
internal sealed class LexiconBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _forms = [];
    private readonly List<int> _parent = [];
    private readonly Dictionary<string, string[]> _irregular;

    public LexiconBuilder(IReadOnlyDictionary<string, string[]> irregular)
    {
        _irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach ((string lemma, string[] forms) in irregular)
        {
            _irregular[Lexicon.Normalize(lemma)] = [.. forms.Select(Lexicon.Normalize)];
        }
    }

    /// <summary>Adds a form that matches only itself (an actor name word, punctuation).</summary>
    public int AddForm(string form)
    {
        string normalized = Lexicon.Normalize(form);
        if (_ids.TryGetValue(normalized, out int id))
        {
            return id;
        }

        id = _forms.Count;
        _ids.Add(normalized, id);
        _forms.Add(normalized);
        _parent.Add(id);
        return id;
    }

    /// <summary>Adds a lemma with its regular and irregular inflections as one family; returns the lemma's form id.</summary>
    public int AddLemma(string lemma)
    {
        string normalized = Lexicon.Normalize(lemma);
        int lemmaId = AddForm(normalized);
        IEnumerable<string> forms = Inflector.Forms(normalized);
        if (_irregular.TryGetValue(normalized, out string[]? irregular))
        {
            forms = forms.Concat(irregular);
        }

        foreach (string form in forms)
        {
            Union(lemmaId, AddForm(form));
        }

        return lemmaId;
    }

    public Lexicon Build()
    {
        var lemmaOf = new int[_forms.Count];
        for (int i = 0; i < lemmaOf.Length; i++)
        {
            lemmaOf[i] = Find(i);
        }

        return new Lexicon(new Dictionary<string, int>(_ids, StringComparer.Ordinal), lemmaOf, [.. _forms]);
    }

    /// <summary>The current family root of a form id (valid until more lemmas are added).</summary>
    public int Find(int id)
    {
        while (_parent[id] != id)
        {
            _parent[id] = _parent[_parent[id]];
            id = _parent[id];
        }

        return id;
    }

    private void Union(int a, int b)
    {
        int rootA = Find(a);
        int rootB = Find(b);
        if (rootA != rootB)
        {
            // Keep the smaller id as root so the first-registered lemma names the family.
            if (rootA < rootB)
            {
                _parent[rootB] = rootA;
            }
            else
            {
                _parent[rootA] = rootB;
            }
        }
    }
}
