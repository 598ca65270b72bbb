namespace AllianceAnalysis.Relations;

/// <summary>
/// One relation a sentence asserted, kept so that a later event anaphor ("This support", "this agreement") can restate it.
/// </summary>
/// <param name="Rule">The index of the rule that found it (in <c>CompiledPack.Rules</c>).</param>
/// <param name="Relation">Its relation type.</param>
/// <param name="Source">Source actor index.</param>
/// <param name="Target">Target actor index.</param>
/// <param name="OtherParty">For mediation: the other party, or -1.</param>
/// <param name="Sentence">The index of the sentence that told it.</param>
/// <param name="Explicit">Whether the sentence named its participants (false when they came from the pair under discussion).</param>
internal readonly record struct ToldEvent(int Rule, string Relation, int Source, int Target, int OtherParty, int Sentence, bool Explicit);

/// <summary>
/// The affirmed, not hypothetical relations the last few sentences of a document asserted, newest last: the antecedents
/// an event anaphor may refer back to. One per document analysis.
/// </summary>
internal sealed class RecentEvents
{
    /// <summary>How many sentences back an event anaphor looks for its antecedent.</summary>
    public const int Window = 2;

    private readonly List<ToldEvent> _events = [];

    /// <summary>The events kept, oldest first.</summary>
    public IReadOnlyList<ToldEvent> Events => _events;

    /// <summary>Keeps an event, dropping those told more than <see cref="Window"/> sentences before it.</summary>
    public void Add(ToldEvent told)
    {
        int drop = 0;
        while (drop < _events.Count && told.Sentence - _events[drop].Sentence > Window)
        {
            drop++;
        }

        _events.RemoveRange(0, drop);
        foreach (ToldEvent e in _events)
        {
            if (e.Sentence == told.Sentence && e.Rule == told.Rule && e.Source == told.Source && e.Target == told.Target)
            {
                return;
            }
        }

        _events.Add(told);
    }
}
