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

    /// <summary>The single-actor subject of the previous sentence's last clause, or -1 when it had none.</summary>
    public int LastSubject { get; set; } = -1;

    public void SetGroup(int[] actors, int sentence)
    {
        LastGroup = actors;
        LastGroupSentence = sentence;
    }

    /// <summary>The pair under discussion at <paramref name="sentence"/>: the last pair named within the topic window, or null.</summary>
    public int[]? TopicPair(int sentence) =>
        LastGroup is { Length: 2 } && sentence - LastGroupSentence <= TopicWindow ? LastGroup : null;
}
