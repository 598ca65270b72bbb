namespace AllianceAnalysis.Packs;

// The YAML shape of a rule pack, deserialised strictly (unknown keys are errors). These DTOs are arrays and
// mutable-init records because YamlDotNet needs that; the compiled, immutable form is CompiledPack.

internal sealed record PackDocument
{
    public required PackMetadata Pack { get; init; }
    public RelationTypeEntry[] RelationTypes { get; init; } = [];
    public ActorEntry[] Actors { get; init; } = [];
    public LexiconEntry Lexicon { get; init; } = new();
    public CueEntry Cues { get; init; } = new();
    public TextEntry Text { get; init; } = new();
    public BoilerplateEntry Boilerplate { get; init; } = new();
    public RuleEntry[] Rules { get; init; } = [];
    public ScoringEntry? Scoring { get; init; }
    public DisableEntry Disable { get; init; } = new();
    public PackTestEntry[] Tests { get; init; } = [];
}

internal sealed record DisableEntry
{
    /// <summary>Ids of rules from earlier packs to turn off.</summary>
    public string[] Rules { get; init; } = [];

    /// <summary>Codes of actors from earlier packs to turn off.</summary>
    public string[] Actors { get; init; } = [];
}

internal sealed record ScoringEntry
{
    /// <summary>Strength factor per modality: asserted, hedged, intended, hypothetical.</summary>
    public Dictionary<string, double> Modality { get; init; } = [];

    /// <summary>Strength factor when a participant was resolved from a pronoun or group expression.</summary>
    public double Anaphor { get; init; } = 0.85;
}

internal sealed record PackMetadata
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public string Description { get; init; } = "";
    public string[] Extends { get; init; } = [];
}

internal sealed record RelationTypeEntry
{
    public required string Id { get; init; }
    public bool Symmetric { get; init; }
    public string Valence { get; init; } = "positive";
    public string Description { get; init; } = "";

    /// <summary>
    /// Generic nouns that, after an anaphor determiner ("this support", "this agreement"), refer back to a recent
    /// event of this type and restate it; a noun listed under several types fits an event of any of them.
    /// </summary>
    public string[] Anaphors { get; init; } = [];
}

internal sealed record ActorEntry
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string Kind { get; init; } = "state";
    public string[] Names { get; init; } = [];
    public string[] Demonyms { get; init; } = [];
    public string[] Capitals { get; init; } = [];

    /// <summary>
    /// Other cities and sites that stand for the state when they are the target of an act ("attacks on the port of
    /// Odesa", "an attack on Kaliningrad"); like capitals, not when used as a place ("talks in Odesa").
    /// </summary>
    public string[] Cities { get; init; } = [];
    public string[] Metonyms { get; init; } = [];
    public string[] Institutions { get; init; } = [];

    /// <summary>
    /// Definite descriptions ("the alliance", "the agency"): they name the actor only when it was named earlier in the
    /// document, within <see cref="Actors.DiscourseState.DescriptionWindow"/> sentences.
    /// </summary>
    public string[] Descriptions { get; init; } = [];
    public PersonEntry[] People { get; init; } = [];
}

internal sealed record PersonEntry
{
    public required string Name { get; init; }
    public string[] Aliases { get; init; } = [];
    public string Role { get; init; } = "";
    public string? From { get; init; }
    public string? To { get; init; }
}

internal sealed record LexiconEntry
{
    /// <summary>Irregular inflections: lemma → forms ("strike: [struck, stricken]").</summary>
    public Dictionary<string, string[]> Irregular { get; init; } = [];
}

internal sealed record CueEntry
{
    public string[] Negation { get; init; } = [];
    public string[] Denial { get; init; } = [];
    public string[] Rebuttals { get; init; } = [];
    public string[] NegationExceptions { get; init; } = [];
    public string[] NegativeHedge { get; init; } = [];
    public string[] PreferenceVerbs { get; init; } = [];
    public string[] PreferenceMarkers { get; init; } = [];
    public string[] LimitingPredicates { get; init; } = [];
    public string[] Hedge { get; init; } = [];
    public string[] Intention { get; init; } = [];
    public string[] Hypothesis { get; init; } = [];
    public string[] Threats { get; init; } = [];
    public string[] Comparisons { get; init; } = [];
    public string[] Question { get; init; } = [];
    public string[] TopicMarkers { get; init; } = [];
    public string[] QuestionAuxiliaries { get; init; } = [];
    public string[] Directive { get; init; } = [];
    public string[] Attribution { get; init; } = [];
    public string[] AttributionIntro { get; init; } = [];
    public string[] ClauseBoundaries { get; init; } = [];
    public string[] ContrastOpeners { get; init; } = [];
    public string[] SetExtensions { get; init; } = [];
    public string[] Subordinators { get; init; } = [];
    public string[] RelativePronouns { get; init; } = [];
    public string[] Coordinators { get; init; } = [];
    public string[] Prepositions { get; init; } = [];
    public string[] PlacePrepositions { get; init; } = [];
    public string[] MotionPrepositions { get; init; } = [];
    public string[] PlaceVerbs { get; init; } = [];
    public string[] Auxiliaries { get; init; } = [];
    public string[] InfinitiveMarkers { get; init; } = [];
    public string[] PossessiveMarkers { get; init; } = [];
    public string[] PossessivePronouns { get; init; } = [];
    public string[] Complementizers { get; init; } = [];
    public string[] PairPrepositions { get; init; } = [];
    public string[] AgentPrepositions { get; init; } = [];
    public string[] SpeakerNouns { get; init; } = [];
    public string[] PurchaseVerbs { get; init; } = [];
    public string[] HolderVerbs { get; init; } = [];
    public string[] UndergoerWords { get; init; } = [];
    public string[] AgreementNouns { get; init; } = [];
    public string[] CollectiveWords { get; init; } = [];
    public string[] ReactionVerbs { get; init; } = [];
    public string[] TitleNouns { get; init; } = [];
    public string[] TransferVerbs { get; init; } = [];
    public string[] OriginMarkers { get; init; } = [];
    public string[] AgentMarkers { get; init; } = [];
    public string[] PlaceSuffixes { get; init; } = [];
    public string[] EventNouns { get; init; } = [];
    public string[] MutualNouns { get; init; } = [];
    public string[] AnaphorDeterminers { get; init; } = [];
    public string[] QuantityWords { get; init; } = [];
    public string[] Determiners { get; init; } = [];
    public string[] SingularPronouns { get; init; } = [];
    public string[] FirstPersonPronouns { get; init; } = [];
    public string[] PluralPronouns { get; init; } = [];
    public string[] GroupAnaphors { get; init; } = [];
    public string[] PairModifiers { get; init; } = [];
    public string[] Reciprocals { get; init; } = [];
    public string[] ExchangeVerbs { get; init; } = [];
    public string[] Reflexives { get; init; } = [];
    public string[] InstitutionNouns { get; init; } = [];
    public string[] TimeExpressions { get; init; } = [];
}

internal sealed record TextEntry
{
    /// <summary>Abbreviations that never end a sentence ("Dr.", "e.g.").</summary>
    public string[] Abbreviations { get; init; } = [];

    /// <summary>Abbreviations that end a sentence only before a sentence starter ("U.S.", "etc.").</summary>
    public string[] FinalAbbreviations { get; init; } = [];

    /// <summary>Capitalised words that usually begin a sentence ("The", "This", "It").</summary>
    public string[] SentenceStarters { get; init; } = [];

    /// <summary>
    /// Lower-case words that never end a line of prose ("the", "of", "and"): a line ending in one continues on the
    /// next even when that line starts with a capital (wire copy wrapped before a name).
    /// </summary>
    public string[] ContinuationWords { get; init; } = [];
}

internal sealed record BoilerplateEntry
{
    /// <summary>Phrases that open a call to action; from its sentence to the end of the paragraph is boilerplate.</summary>
    public string[] SharePrompts { get; init; } = [];

    /// <summary>Lines that open an author profile or social block; from there to the end is boilerplate.</summary>
    public string[] ProfileHeaders { get; init; } = [];
}

internal sealed record RuleEntry
{
    public required string Id { get; init; }
    public required string Relation { get; init; }
    public string[] Triggers { get; init; } = [];
    public string[] Requires { get; init; } = [];
    public string[] Forbids { get; init; } = [];
    public string[] Source { get; init; } = [];
    public string[] Target { get; init; } = [];
    public double Strength { get; init; } = 0.7;
    public string Description { get; init; } = "";
}

internal sealed record PackTestEntry
{
    public required string Text { get; init; }
    public ExpectedClaimEntry[] Expect { get; init; } = [];
    public ExpectedClaimEntry[] Reject { get; init; } = [];
}

internal sealed record ExpectedClaimEntry
{
    public required string Source { get; init; }
    public required string Target { get; init; }
    public required string Relation { get; init; }
    public string? Polarity { get; init; }
    public string? Modality { get; init; }
}
