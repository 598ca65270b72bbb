namespace AllianceAnalysis.Matching;

/// <summary>What a matched phrase is: an actor name, a rule trigger, or one of the pack's cue lists.</summary>
internal enum PhraseKind : byte
{
    Actor,
    Trigger,
    Negation,
    Denial,
    Rebuttal,
    Threat,
    Comparison,
    NegationException,
    NegativeHedge,
    Hedge,
    Intention,
    Hypothesis,
    Question,
    TopicMarker,
    ExchangeVerb,
    QuestionAuxiliary,
    Directive,
    Attribution,
    AttributionIntro,
    ClauseBoundary,
    Subordinator,
    RelativePronoun,
    Coordinator,
    Preposition,
    PlacePreposition,
    MotionPreposition,
    PlaceVerb,
    Auxiliary,
    InfinitiveMarker,
    PossessiveMarker,
    PossessivePronoun,
    Complementizer,
    PairPreposition,
    AgentPreposition,
    SpeakerNoun,
    PurchaseVerb,
    HolderVerb,
    UndergoerWord,
    AgreementNoun,
    CollectiveWord,
    ReactionVerb,
    TitleNoun,
    TransferVerb,
    OriginMarker,
    AgentMarker,
    PlaceSuffix,
    EventNoun,
    QuantityWord,
    Determiner,
    SingularPronoun,
    FirstPersonPronoun,
    PluralPronoun,
    GroupAnaphor,
    PairModifier,
    Reciprocal,
    Reflexive,
    InstitutionNoun,
    TimeExpression,
    MutualNoun,
    AnaphorDeterminer,
    ContrastOpener,
    LimitingPredicate,
    SetExtension,
    PreferenceVerb,
    PreferenceMarker,
}

/// <summary>
/// What a phrase stands for: its kind and an index whose meaning depends on the kind (the actor entry for
/// actors, the rule for triggers, unused for cues).
/// </summary>
/// <param name="Kind">Actor, trigger or cue list.</param>
/// <param name="Index">Actor or rule index; -1 for cues.</param>
/// <param name="MentionKind">For actors: how the phrase names the actor.</param>
/// <param name="IsPlaceName">For actors: a capital, which names the actor only when not used as a place.</param>
/// <param name="Person">For people: the index of their dated offices in <c>CompiledPack.People</c>, or -1.</param>
internal readonly record struct PhrasePayload(PhraseKind Kind, int Index, MentionKind MentionKind = MentionKind.Name, bool IsPlaceName = false, int Person = -1);

/// <summary>A phrase found in a sentence: token range (half-open) and what it stands for.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Payload">What the phrase stands for.</param>
/// <param name="GapStart">First token of the "..." gap, or -1.</param>
/// <param name="GapEnd">One past the last token of the gap, or -1.</param>
/// <param name="Coordinated">Whether the match skipped a coordination ("military and technical support").</param>
internal readonly record struct PhraseHit(int Start, int End, PhrasePayload Payload, int GapStart = -1, int GapEnd = -1, bool Coordinated = false)
{
    public int Length => End - Start;
}
