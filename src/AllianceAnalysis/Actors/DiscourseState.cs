using AllianceAnalysis.Relations;

namespace AllianceAnalysis.Actors;

/// <summary>
/// What earlier sentences of a document make salient: the last group of two or more actors ("Russia and Iran",
/// "the Iran-Russia partnership") for "they", "the two nations", "bilateral"; the pair under discussion for
/// relation words that name no participant ("The evidence suggests a strategic alliance"); and the last
/// single-actor subject for "it". One per document analysis; not shared.
/// </summary>
internal sealed class DiscourseState
{
    /// <summary>How many sentences a named pair stays the topic without being named or referred to again.</summary>
    public const int TopicWindow = 3;

    public int[]? LastGroup { get; private set; }

    /// <summary>The index of the sentence that last named or referred to <see cref="LastGroup"/>.</summary>
    public int LastGroupSentence { get; private set; } = -1;

    private int[]? _namedPair;
    private int _namedPairSentence = -1;

    /// <summary>
    /// Records the two actors a sentence named without coordinating them ("China supplies … of Pakistan's imports"),
    /// for "the two countries" in the next sentence.
    /// </summary>
    public void SetNamedPair(int first, int second, int sentence)
    {
        _namedPair = [first, second];
        _namedPairSentence = sentence;
    }

    /// <summary>
    /// What "the two countries" refers to when its own sentence does not say: the two actors the previous sentence
    /// named, when no coordinated group was named within <see cref="TopicWindow"/> sentences; else the last group.
    /// </summary>
    public int[]? RecentPair(int sentence) =>
        _namedPairSentence == sentence - 1 && (LastGroup is null || sentence - LastGroupSentence > TopicWindow) ? _namedPair : LastGroup;

    /// <summary>The single-actor subject of the previous sentence's last clause, or -1 when it had none.</summary>
    public int LastSubject { get; set; } = -1;

    /// <summary>How many sentences a directed event stays available to a later mention that names only one side.</summary>
    public const int EventWindow = 6;

    private readonly Dictionary<string, (int Source, int Target, int Sentence)> _lastEvents = new(StringComparer.Ordinal);

    /// <summary>Remembers the last directed relation of each type and who did it to whom.</summary>
    public void RecordEvent(string relation, int source, int target, int sentence) => _lastEvents[relation] = (source, target, sentence);

    /// <summary>
    /// How many sentences a directed event stays available when the later sentence names its done-to as well
    /// ("Iran's key allies … have condemned Israel's strikes", long after the strikes on Iran were told).
    /// </summary>
    public const int FocusedEventWindow = 30;

    /// <summary>
    /// The last event of <paramref name="relation"/> within <see cref="FocusedEventWindow"/> sentences ("Israeli strikes
    /// on Iran … Russia condemned Israel's strikes") and how many sentences ago it was told; or false. Past
    /// <see cref="EventWindow"/> the caller keeps it only when the sentence names its done-to.
    /// </summary>
    public bool TryRecallEvent(string relation, int sentence, out int source, out int target, out int age)
    {
        if (_lastEvents.TryGetValue(relation, out var e) && sentence - e.Sentence <= FocusedEventWindow)
        {
            (source, target, age) = (e.Source, e.Target, sentence - e.Sentence);
            return true;
        }

        (source, target, age) = (-1, -1, -1);
        return false;
    }

    /// <summary>The relations the last sentences asserted, for event anaphors ("This support has been crucial").</summary>
    public RecentEvents Told { get; } = new();

    /// <summary>How many sentences must have named a pair before it is the document's topic.</summary>
    public const int DocumentTopicMinimum = 3;

    /// <summary>How many sentences after an actor was last named a description ("the alliance") still names it.</summary>
    public const int DescriptionWindow = 8;

    private readonly Dictionary<int, int> _lastNamed = [];
    private readonly Dictionary<(int, int), int> _pairCounts = [];
    private int _lastCountedSentence = -1;
    private int[]? _documentTopic;
    private int _documentTopicCount;

    public void SetGroup(int[] actors, int sentence)
    {
        LastGroup = actors;
        LastGroupSentence = sentence;
        if (actors.Length == 2 && sentence != _lastCountedSentence)
        {
            // Each sentence counts a pair once; the pair named in most sentences is what the document is about.
            _lastCountedSentence = sentence;
            var key = actors[0] < actors[1] ? (actors[0], actors[1]) : (actors[1], actors[0]);
            int count = _pairCounts.TryGetValue(key, out int n) ? n + 1 : 1;
            _pairCounts[key] = count;
            if (count > _documentTopicCount)
            {
                _documentTopicCount = count;
                _documentTopic = [key.Item1, key.Item2];
            }
        }
    }

    /// <summary>
    /// The pair under discussion at <paramref name="sentence"/>: the last pair named within the topic window; past it,
    /// or when that pair lacks <paramref name="member"/>, the pair the document has named most often (at least
    /// <see cref="DocumentTopicMinimum"/> times); or null.
    /// </summary>
    /// <param name="sentence">The index of the current sentence.</param>
    /// <param name="member">An actor the pair must contain (the participant already found), or -1.</param>
    public int[]? TopicPair(int sentence, int member = -1)
    {
        if (LastGroup is { Length: 2 } && sentence - LastGroupSentence <= TopicWindow && (member < 0 || LastGroup.Contains(member)))
        {
            return LastGroup;
        }

        if (LastGroup is { Length: > 2 } && sentence - LastGroupSentence <= TopicWindow && (member < 0 || LastGroup.Contains(member)))
        {
            // "an axis tying Russia, Iran and other nations like China and North Korea": a set of more than two is under
            // discussion, so no pair is.
            return null;
        }

        return _documentTopicCount >= DocumentTopicMinimum && (member < 0 || _documentTopic!.Contains(member)) ? _documentTopic : null;
    }

    /// <summary>Records that <paramref name="actor"/> was named (or described) in <paramref name="sentence"/>.</summary>
    public void NoteNamed(int actor, int sentence) => _lastNamed[actor] = sentence;

    /// <summary>
    /// The sentence <paramref name="actor"/> was last named in, when that lies within <see cref="DescriptionWindow"/>
    /// sentences before <paramref name="sentence"/>; otherwise -1.
    /// </summary>
    public int NamedRecently(int actor, int sentence) =>
        _lastNamed.TryGetValue(actor, out int last) && sentence - last <= DescriptionWindow ? last : -1;
}
