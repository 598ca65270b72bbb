using System.Runtime.InteropServices;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Tests.Matching;

/// <summary>
/// A hand-made lexicon and trie holding only the phrases a test declares, so each test isolates one matcher
/// behaviour. Phrase words of triggers and cues enter the lexicon as lemmas, actor words as forms. Hits render as
/// "Trigger(supply weapons):supplied weapons", with " [gap:…]" and " [coordinated]" when set.
/// </summary>
internal sealed class TrieFixture
{
    private readonly List<(string Phrase, PhraseKind Kind, bool ByLemma)> _phrases = [];
    private readonly List<string> _coordinators = [];
    private readonly List<string> _extraWords = [];
    private Lexicon? _lexicon;
    private Tokenizer? _tokenizer;
    private PhraseMatcher? _matcher;

    public TrieFixture Trigger(string phrase) => Add(phrase, PhraseKind.Trigger, byLemma: true);

    public TrieFixture Actor(string phrase) => Add(phrase, PhraseKind.Actor, byLemma: false);

    public TrieFixture Cue(PhraseKind kind, string phrase) => Add(phrase, kind, byLemma: true);

    public TrieFixture Add(string phrase, PhraseKind kind, bool byLemma)
    {
        _phrases.Add((phrase, kind, byLemma));
        return this;
    }

    /// <summary>Words the coordination skip treats as coordinators ("and", "or").</summary>
    public TrieFixture Coordinators(params string[] words)
    {
        _coordinators.AddRange(words);
        return this;
    }

    /// <summary>Extra lexicon forms that belong to no phrase.</summary>
    public TrieFixture Words(params string[] words)
    {
        _extraWords.AddRange(words);
        return this;
    }

    public PhraseMatcher Matcher => _matcher ?? throw new InvalidOperationException("call Build first");

    public TrieFixture Build()
    {
        var words = new LexiconBuilder(new Dictionary<string, string[]>());
        foreach (var (phrase, kind, byLemma) in _phrases)
        {
            foreach (string word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != PhraseMatcherBuilder.GapWord))
            {
                if (byLemma)
                {
                    words.AddLemma(word);
                }
                else
                {
                    words.AddForm(word);
                }
            }
        }

        foreach (string word in _coordinators.Concat(_extraWords))
        {
            words.AddForm(word);
        }

        _lexicon = words.Build();
        _tokenizer = new Tokenizer(_lexicon, new HashSet<string>());
        var builder = new PhraseMatcherBuilder(_lexicon, _tokenizer);
        for (int i = 0; i < _phrases.Count; i++)
        {
            var (phrase, kind, byLemma) = _phrases[i];
            if (!builder.Add(phrase, byLemma, new PhrasePayload(kind, i)))
            {
                throw new InvalidOperationException($"the fixture phrase '{phrase}' was rejected");
            }
        }

        _matcher = builder.Build(_coordinators.Select(c => _lexicon.Find(Lexicon.Normalize(c))));
        return this;
    }

    /// <summary>The raw hits of the whole text.</summary>
    public IReadOnlyList<PhraseHit> Hits(string text) => Hits(text, out _);

    public IReadOnlyList<PhraseHit> Hits(string text, out List<Token> tokens)
    {
        if (_matcher is null || _tokenizer is null)
        {
            throw new InvalidOperationException("call Build first");
        }

        tokens = [];
        _tokenizer.Tokenize(text, 0, text.Length, tokens);
        var hits = new List<PhraseHit>();
        _matcher.Match(CollectionsMarshal.AsSpan(tokens), 0, tokens.Count, hits);
        return hits;
    }

    /// <summary>The distinct rendered hits of the text, in order of position.</summary>
    public string[] Match(string text)
    {
        IReadOnlyList<PhraseHit> hits = Hits(text, out List<Token> tokens);
        return [.. hits
            .OrderBy(h => h.Start).ThenBy(h => h.End).ThenBy(h => h.Payload.Index)
            .Select(h => Render(text, tokens, h))
            .Distinct()];
    }

    private string Render(string text, List<Token> tokens, PhraseHit hit)
    {
        string rendered = $"{hit.Payload.Kind}({_phrases[hit.Payload.Index].Phrase}):{Cover(text, tokens, hit.Start, hit.End)}";
        if (hit.GapStart >= 0 && hit.GapEnd > hit.GapStart)
        {
            rendered += $" [gap:{Cover(text, tokens, hit.GapStart, hit.GapEnd)}]";
        }

        return hit.Coordinated ? rendered + " [coordinated]" : rendered;
    }

    private static string Cover(string text, List<Token> tokens, int start, int end) => text[tokens[start].Start..tokens[end - 1].End];
}
