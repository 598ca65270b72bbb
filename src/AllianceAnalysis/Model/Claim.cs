namespace AllianceAnalysis;

/// <summary>
/// One relation stated by one sentence: who does what to whom, whether the text affirms or negates it, how
/// certainly, how strongly, who says so, and the exact evidence.
/// </summary>
/// <remarks>Immutable and thread-safe. Serialised as one line of <c>claims.jsonl</c>.</remarks>
public sealed record Claim
{
    /// <summary>Stable identifier derived from the document, evidence span, relation and actors.</summary>
    public required string Id { get; init; }

    /// <summary>Source actor code (for symmetric relations, the alphabetically first of the pair).</summary>
    public required string Source { get; init; }

    /// <summary>Target actor code (for symmetric relations, the alphabetically second of the pair).</summary>
    public required string Target { get; init; }

    /// <summary>Relation type id, e.g. <c>arms</c> or <c>defense-pact</c>.</summary>
    public required string Relation { get; init; }

    /// <summary>Affirmed or negated.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>Asserted, hedged, intended or hypothetical.</summary>
    public required Modality Modality { get; init; }

    /// <summary>How strongly this sentence asserts the relation, in [0, 1]. Polarity never changes it; modality lowers it.</summary>
    public required double Strength { get; init; }

    /// <summary>Who the text says asserts the claim ("Lavrov stated that …"), or <see langword="null"/> when the article itself does.</summary>
    public Attribution? AttributedTo { get; init; }

    /// <summary>A time expression governing the claim ("last week", "in February 2022"), or <see langword="null"/>.</summary>
    public string? Time { get; init; }

    /// <summary>For mediation: the other party mediated between; otherwise <see langword="null"/>.</summary>
    public string? OtherParty { get; init; }

    /// <summary>Where the claim comes from and why it was made.</summary>
    public required Evidence Evidence { get; init; }
}

/// <summary>The speaker a claim is attributed to.</summary>
/// <param name="Text">The speaker as written ("Russian Foreign Minister Sergei Lavrov", "Suleymanov").</param>
/// <param name="Actor">The actor the speaker acts for, when known (RUS for Lavrov); otherwise <see langword="null"/>.</param>
/// <param name="Start">Offset of the speaker in the document text.</param>
/// <param name="End">Offset one past the speaker.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Attribution(string Text, string? Actor, int Start, int End);

/// <summary>The provenance of a claim: the sentence, its offsets, the trigger, the rule and the cues that qualified it.</summary>
/// <remarks>Immutable and thread-safe. <c>document.Text[Start..End] == Text</c> always holds.</remarks>
public sealed record Evidence
{
    /// <summary>The document id (usually its path).</summary>
    public required string Document { get; init; }

    /// <summary>Zero-based index of the sentence in the document.</summary>
    public required int Sentence { get; init; }

    /// <summary>Offset of the sentence in the document text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the end of the sentence.</summary>
    public required int End { get; init; }

    /// <summary>The sentence text, exactly <c>text[Start..End]</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The words that triggered the rule; they lie inside the sentence.</summary>
    public required TextFragment Trigger { get; init; }

    /// <summary>The rule that fired, e.g. <c>arms/provide-military-assistance</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>The pack that holds the rule, as <c>id@version</c>.</summary>
    public required string Pack { get; init; }

    /// <summary>The cues that set polarity or modality (negations, hedges, intentions, conditions), in text order.</summary>
    public IReadOnlyList<QualifierCue> Cues { get; init; } = [];
}

/// <summary>A piece of document text with its offsets.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The characters, exactly <c>text[Start..End]</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TextFragment(int Start, int End, string Text);

/// <summary>A word or phrase that changed a claim's polarity or modality.</summary>
/// <param name="Kind">What the cue does: <c>negation</c>, <c>hedge</c>, <c>intention</c>, <c>hypothesis</c> or <c>directive</c>.</param>
/// <param name="Start">Offset of the cue in the document text.</param>
/// <param name="End">Offset one past the cue.</param>
/// <param name="Text">The cue's text.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QualifierCue(string Kind, int Start, int End, string Text);
