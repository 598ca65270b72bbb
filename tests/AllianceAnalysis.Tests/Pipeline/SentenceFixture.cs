using System.Runtime.InteropServices;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Tests.Pipeline;

/// <summary>
/// Runs the first pipeline stages (tokenizer, phrase matcher, hit selector, clause segmenter) of the real default
/// pack over one sentence and renders what they found as compact strings, so tests compare readable tables.
/// </summary>
internal static class SentenceFixture
{
    private static readonly Lazy<CompiledPack> DefaultPack = new(() => PackCompiler.Compile([RulePack.Default]));

    /// <summary>The default pack, compiled once for the whole test run.</summary>
    public static CompiledPack Pack => DefaultPack.Value;

    /// <summary>Tokenizes <paramref name="text"/> as one body sentence and runs matcher, hit selector and clause segmenter.</summary>
    public static AnalyzedSentence Analyze(string text)
    {
        CompiledPack pack = Pack;
        var tokens = new List<Token>();
        pack.Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var context = new SentenceContext
        {
            Sentence = new Sentence(0, new TextSpan(0, text.Length), SentenceKind.Body, BoilerplateKind.None),
            TokenStart = 0,
            TokenEnd = tokens.Count,
        };

        ReadOnlySpan<Token> span = CollectionsMarshal.AsSpan(tokens);
        var raw = new List<PhraseHit>();
        pack.Matcher.Match(span, context.TokenStart, context.TokenEnd, raw);
        HitSelector.Select(raw, context);
        new ClauseSegmenter(pack).Segment(text, span, context);
        return new AnalyzedSentence(text, tokens, context, pack);
    }
}

/// <summary>One sentence after the early stages, with compact renderings of tokens, hits and clauses.</summary>
internal sealed class AnalyzedSentence(string text, List<Token> tokens, SentenceContext context, CompiledPack pack)
{
    private const string Separator = " | ";

    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public SentenceContext Context { get; } = context;

    /// <summary>Actor hits as "Actor:IRN:Tehran".</summary>
    public string Actors => Join(Context.ActorHits);

    /// <summary>Trigger hits as "Trigger:strategic-partnership/partner:treaty" (+ " [coordinated]").</summary>
    public string Triggers => Join(Context.TriggerHits);

    /// <summary>Cue hits as "Negation:not", in sentence order.</summary>
    public string Cues => Join(Context.CueHits);

    /// <summary>Clauses as "Relative:which will include …", in order.</summary>
    public string Clauses => string.Join(Separator, Context.Clauses.Select(c => $"{c.Opener}:{Cover(c.Start, c.End)}"));

    /// <summary>The token texts separated by vertical bars ("Iran|'s|aid").</summary>
    public string TokenTexts => string.Join("|", Tokens.Select(t => Text[t.Start..t.End]));

    /// <summary>The covered text of a token range.</summary>
    private string Cover(int start, int end) => Text[Tokens[start].Start..Tokens[end - 1].End];

    private string Render(PhraseHit hit)
    {
        string what = hit.Payload.Kind switch
        {
            PhraseKind.Actor => $"Actor:{pack.Actors[hit.Payload.Index].Code}",
            PhraseKind.Trigger => $"Trigger:{pack.Rules[hit.Payload.Index].Id}",
            _ => hit.Payload.Kind.ToString(),
        };
        string rendered = $"{what}:{Cover(hit.Start, hit.End)}";
        if (hit.GapStart >= 0 && hit.GapEnd > hit.GapStart)
        {
            rendered += $" [gap:{Cover(hit.GapStart, hit.GapEnd)}]";
        }

        return hit.Coordinated ? rendered + " [coordinated]" : rendered;
    }

    private string Join(IEnumerable<PhraseHit> hits) =>
        string.Join(Separator, hits.OrderBy(h => h.Start).ThenBy(h => h.End).Select(Render));
}
