using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Unicode;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Qualifiers;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Scoring;

/// <summary>
/// Turns a qualified candidate into a <see cref="Claim"/>: orders symmetric pairs canonically, computes strength
/// (rule strength × modality factor × anaphor factor; polarity never changes it), and records the evidence with
/// exact offsets, the trigger, the rule and the cues.
/// </summary>
internal sealed class ClaimBuilder
{
    private readonly CompiledPack _pack;

    public ClaimBuilder(CompiledPack pack) => _pack = pack;

    public Claim Build(Document document, ReadOnlySpan<Token> tokens, SentenceContext sentence, ClaimCandidate candidate, ClaimQualifiers qualifiers)
    {
        string text = document.Text;
        string source = _pack.Actors[candidate.Source].Code;
        string target = _pack.Actors[candidate.Target].Code;
        if (candidate.Rule.Symmetric && string.CompareOrdinal(source, target) > 0)
        {
            (source, target) = (target, source);
        }

        double strength = candidate.Rule.Strength * _pack.Scoring.For(qualifiers.Modality) * (candidate.FromAnaphor ? _pack.Scoring.Anaphor : 1.0);
        strength = Math.Round(strength, 3, MidpointRounding.AwayFromZero);

        TextSpan span = sentence.Sentence.Span;
        var trigger = Fragment(text, tokens[candidate.Trigger.Start].Start, tokens[candidate.Trigger.End - 1].End);
        var evidence = new Evidence
        {
            Document = document.Id,
            Sentence = sentence.Sentence.Index,
            Start = span.Start,
            End = span.End,
            Text = sentence.TextOf(text),
            Trigger = trigger,
            Rule = candidate.Rule.Id,
            Pack = candidate.Rule.Pack,
            Cues = Cues(text, tokens, qualifiers.Cues),
        };

        Attribution? attribution = null;
        if (qualifiers.Attribution is { } frame)
        {
            int start = tokens[frame.SpeakerStart].Start;
            int end = tokens[frame.SpeakerEnd - 1].End;
            attribution = new Attribution(text[start..end], frame.Actor >= 0 ? _pack.Actors[frame.Actor].Code : null, start, end);
        }

        string? time = qualifiers.Time is { } range ? text[tokens[range.Start].Start..tokens[range.End - 1].End] : null;
        var polarity = qualifiers.Polarity;
        return new Claim
        {
            Id = ClaimId(document.Id, span, candidate.Rule.Relation, source, target, polarity),
            Source = source,
            Target = target,
            Relation = candidate.Rule.Relation,
            Polarity = polarity,
            Modality = qualifiers.Modality,
            Strength = strength,
            AttributedTo = attribution,
            Time = time,
            OtherParty = candidate.OtherParty >= 0 ? _pack.Actors[candidate.OtherParty].Code : null,
            Evidence = evidence,
        };
    }

    private static TextFragment Fragment(string text, int start, int end) => new(start, end, text[start..end]);

    private static QualifierCue[] Cues(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<PhraseHit> hits)
    {
        var cues = new QualifierCue[hits.Count];
        for (int i = 0; i < cues.Length; i++)
        {
            cues[i] = Cue(text, tokens, hits[i]);
        }

        return cues;
    }

    private static QualifierCue Cue(string text, ReadOnlySpan<Token> tokens, PhraseHit hit)
    {
        int start = tokens[hit.Start].Start;
        int end = tokens[hit.End - 1].End;
        return new QualifierCue(CueKind(hit.Payload.Kind), start, end, text[start..end]);
    }

    private static string CueKind(PhraseKind kind) => kind switch
    {
        PhraseKind.Negation or PhraseKind.PreferenceMarker => "negation",
        PhraseKind.Denial or PhraseKind.Rebuttal => "denial",
        PhraseKind.NegativeHedge or PhraseKind.LimitingPredicate => "negative-hedge",
        PhraseKind.Hedge => "hedge",
        PhraseKind.Intention => "intention",
        PhraseKind.Hypothesis or PhraseKind.Threat => "hypothesis",
        PhraseKind.Directive => "directive",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>XxHash64 of the UTF-8 key, as 16 lower-case hex digits (the hash's big-endian bytes).</summary>
    private static string ClaimId(string document, TextSpan span, string relation, string source, string target, Polarity polarity)
    {
        // The key is written to the stack; only an unusually long document id takes the heap path.
        Span<byte> key = stackalloc byte[256];
        if (!Utf8.TryWrite(key, CultureInfo.InvariantCulture, $"{document}\n{span.Start}\n{span.End}\n{relation}\n{source}\n{target}\n{polarity}", out int length))
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"{document}\n{span.Start}\n{span.End}\n{relation}\n{source}\n{target}\n{polarity}");
            key = Encoding.UTF8.GetBytes(text);
            length = key.Length;
        }

        return XxHash64.HashToUInt64(key[..length]).ToString("x16", CultureInfo.InvariantCulture);
    }
}
