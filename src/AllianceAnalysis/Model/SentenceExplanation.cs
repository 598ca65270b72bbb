namespace AllianceAnalysis;

/// <summary>
/// Why one sentence produced the claims it did: its tokens, the actor mentions and how each was resolved, the
/// cues and how far they reach, every rule whose trigger occurred and what became of it, and the claims with the
/// factors of their strength. This is how a rule author debugs a pack.
/// </summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Text">The sentence text.</param>
/// <param name="Tokens">The tokens, in order, with offsets into the document text.</param>
/// <param name="Mentions">Actor mentions and how each was recognised or resolved.</param>
/// <param name="Cues">Cues (negation, hedge, intention, hypothesis, attribution, …) and the text they scope over.</param>
/// <param name="Rules">Every rule whose trigger occurred, whether it fired, and why or why not.</param>
/// <param name="Claims">The claims the sentence produced, with the factors of their strength.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SentenceExplanation(
    Sentence Sentence,
    string Text,
    IReadOnlyList<TextFragment> Tokens,
    IReadOnlyList<ExplainedMention> Mentions,
    IReadOnlyList<ExplainedCue> Cues,
    IReadOnlyList<RuleAttempt> Rules,
    IReadOnlyList<ExplainedClaim> Claims);

/// <summary>An actor mention in an explanation.</summary>
/// <param name="Text">The mention's text and offsets.</param>
/// <param name="Actors">The actor codes it stands for.</param>
/// <param name="Kind">How it was recognised.</param>
/// <param name="Note">How it was resolved or why it was set aside ("a place, not an actor", "resolved from the pair …").</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExplainedMention(TextFragment Text, IReadOnlyList<string> Actors, MentionKind Kind, string Note);

/// <summary>A cue in an explanation and the stretch of text it can affect.</summary>
/// <param name="Kind">The cue list it comes from (<c>negation</c>, <c>hedge</c>, <c>attribution</c>, …).</param>
/// <param name="Text">The cue's text and offsets.</param>
/// <param name="Scope">The text from the cue to the end of its clause (for attribution: the reported content).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExplainedCue(string Kind, TextFragment Text, TextFragment Scope);

/// <summary>One rule whose trigger occurred in the sentence, and what became of it.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Trigger">The trigger's text and offsets.</param>
/// <param name="Fired">Whether the rule produced at least one claim.</param>
/// <param name="Outcome">Why it fired or did not ("IRN->RUS", "no target: tried to, object, for", "the sentence asks rather than asserts").</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleAttempt(string Rule, TextFragment Trigger, bool Fired, string Outcome);

/// <summary>A claim in an explanation, with the factors whose product is its strength.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="RuleStrength">The rule's base strength.</param>
/// <param name="ModalityFactor">The factor for the claim's modality.</param>
/// <param name="AnaphorFactor">The factor applied when a participant came from a pronoun or group expression (1 otherwise).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExplainedClaim(Claim Claim, double RuleStrength, double ModalityFactor, double AnaphorFactor);
