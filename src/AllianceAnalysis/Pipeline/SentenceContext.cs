using AllianceAnalysis.Matching;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// The working state of one sentence as it moves through the stages: its token range and the phrase hits,
/// clauses, mentions and groups found so far. Token indices are into the token list the sentence was
/// tokenized into. One instance is reused, via <see cref="Reset"/>, for every sentence of a document.
/// </summary>
internal sealed class SentenceContext
{
    public required Sentence Sentence { get; set; }

    public required int TokenStart { get; set; }

    public required int TokenEnd { get; set; }

    /// <summary>The document's publication day, when known: people count as their state only while in office.</summary>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>Prepares the context for another sentence, keeping the lists' storage.</summary>
    public void Reset(Sentence sentence, int tokenStart, int tokenEnd)
    {
        Sentence = sentence;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
        ActorHits.Clear();
        TriggerHits.Clear();
        CueHits.Clear();
        Clauses.Clear();
        Mentions.Clear();
        Groups.Clear();
        Attributions.Clear();
        _mentionsRented = 0;
        _groupsRented = 0;
        _text = null;
    }

    /// <summary>The sentence's text, cut from the document once per sentence: all its claims share the string.</summary>
    public string TextOf(string documentText) => _text ??= documentText[Sentence.Span.Start..Sentence.Span.End];

    /// <summary>A mention from this context's pool: mentions and groups live for one sentence, so they are reused.</summary>
    public Mention RentMention(int start, int end, int[] actors, MentionKind kind)
    {
        if (_mentionsRented == _mentionPool.Count)
        {
            _mentionPool.Add(new Mention { Start = start, End = end, Actors = actors, Kind = kind });
        }

        Mention mention = _mentionPool[_mentionsRented++];
        mention.Reset(start, end, actors, kind);
        return mention;
    }

    /// <summary>An empty group from this context's pool.</summary>
    public MentionGroup RentGroup(int start, int end)
    {
        if (_groupsRented == _groupPool.Count)
        {
            _groupPool.Add(new MentionGroup { Start = start, End = end });
        }

        MentionGroup group = _groupPool[_groupsRented++];
        group.Reset(start, end);
        return group;
    }

    private readonly List<Mention> _mentionPool = [];
    private readonly List<MentionGroup> _groupPool = [];
    private int _mentionsRented;
    private int _groupsRented;
    private string? _text;

    public List<PhraseHit> ActorHits { get; } = [];

    public List<PhraseHit> TriggerHits { get; } = [];

    public List<PhraseHit> CueHits { get; } = [];

    public List<Clause> Clauses { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<MentionGroup> Groups { get; } = [];

    public List<AttributionFrame> Attributions { get; } = [];

    /// <summary>
    /// The nearest clause before clause <paramref name="clause"/> that is a main clause (not relative, complement,
    /// subordinate or contrast), or -1: the clause a contrast phrase ("…, rather than a commitment") sets its phrase against.
    /// </summary>
    public int MainClauseBefore(int clause)
    {
        for (int c = clause - 1; c >= 0; c--)
        {
            if (Clauses[c].Opener is not (ClauseOpener.Subordinator or ClauseOpener.Relative or ClauseOpener.Complement or ClauseOpener.Contrast))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The index in <see cref="TriggerHits"/> of the first trigger that starts at <paramref name="token"/>, or -1.</summary>
    public int TriggerStartingAt(int token)
    {
        for (int i = 0; i < TriggerHits.Count; i++)
        {
            if (TriggerHits[i].Start == token)
            {
                return i;
            }
        }

        return -1;
    }

    public int ClauseIndexOf(int token)
    {
        for (int i = 0; i < Clauses.Count; i++)
        {
            if (Clauses[i].Contains(token))
            {
                return i;
            }
        }

        return Clauses.Count - 1;
    }
}

/// <summary>A reported-speech frame: the speaker, the attribution cue, and the tokens it governs.</summary>
/// <param name="SpeakerStart">First token of the speaker.</param>
/// <param name="SpeakerEnd">One past the last token of the speaker.</param>
/// <param name="Actor">The actor the speaker acts for, or -1.</param>
/// <param name="ScopeStart">First token of the reported content.</param>
/// <param name="ScopeEnd">One past the last token of the reported content.</param>
internal readonly record struct AttributionFrame(int SpeakerStart, int SpeakerEnd, int Actor, int ScopeStart, int ScopeEnd);
