namespace AllianceAnalysis.Matching;

/// <summary>
/// The closed vocabulary of the loaded packs: every word form any phrase can match, each with an integer id and
/// the id of its lemma family, so matching compares integers, never strings. Words outside the packs have id -1.
/// </summary>
/// <remarks>Immutable and thread-safe after construction.</remarks>
internal sealed class Lexicon
{
    /// <summary>The longest form the lexicon holds; longer tokens are never looked up.</summary>
    public const int MaxFormLength = 64;

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lemmaOf;
    private readonly string[] _forms;

    internal Lexicon(Dictionary<string, int> ids, int[] lemmaOf, string[] forms)
    {
        _ids = ids;
        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _lemmaOf = lemmaOf;
        _forms = forms;
    }

    /// <summary>Number of forms.</summary>
    public int Count => _forms.Length;

    /// <summary>The id of a form given in lower case with straight apostrophes, or -1.</summary>
    public int Find(ReadOnlySpan<char> normalizedForm) => _lookup.TryGetValue(normalizedForm, out int id) ? id : -1;

    /// <summary>The id of a form written any way (case and curly apostrophes are normalised), or -1.</summary>
    public int FindAnyCase(ReadOnlySpan<char> form)
    {
        if (form.Length > MaxFormLength)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[form.Length];
        Normalize(form, buffer);
        return Find(buffer);
    }

    /// <summary>The lemma family id of a form id (a form id itself when the form is its own lemma).</summary>
    public int LemmaOf(int formId) => formId < 0 ? -1 : _lemmaOf[formId];

    /// <summary>The text of a form id.</summary>
    public string FormText(int formId) => _forms[formId];

    /// <summary>Whether the lexicon holds the form.</summary>
    public bool Contains(string normalizedForm) => _ids.ContainsKey(normalizedForm);

    /// <summary>Writes the lower-case, straight-apostrophe form of <paramref name="source"/> into <paramref name="target"/>.</summary>
    public static void Normalize(ReadOnlySpan<char> source, Span<char> target)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            target[i] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                < (char)0x80 => c,
                '\u2019' or '\u2018' => '\'',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    /// <summary>The normalised form of a string.</summary>
    public static string Normalize(string text)
    {
        return string.Create(text.Length, text, static (span, source) => Normalize(source, span));
    }
}
