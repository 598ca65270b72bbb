namespace AllianceAnalysis.Actors;

/// <summary>
/// What earlier sentences of a document make salient: the last group of two or more actors ("Russia and Iran",
/// "the Iran-Russia partnership") for "they", "the two nations", "bilateral"; and the last single-actor
/// subject for "it". One per document analysis; not shared.
/// </summary>
internal sealed class DiscourseState
{
    public int[]? LastGroup { get; set; }

    /// <summary>The single-actor subject of the previous sentence's last clause, or -1 when it had none.</summary>
    public int LastSubject { get; set; } = -1;
}
