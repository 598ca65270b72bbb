using AllianceAnalysis.Boilerplate;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Packs;

/// <summary>Single-token word classes the pipeline tests per token (by form id). New classes take the next free bit, from bit 32 on.</summary>
[Flags]
internal enum WordClass : ulong
{
    None = 0,
    Preposition = 1 << 0,
    PlacePreposition = 1 << 1,
    Determiner = 1 << 2,
    Coordinator = 1 << 3,
    ClauseBoundary = 1 << 4,
    Subordinator = 1 << 5,
    RelativePronoun = 1 << 6,
    PlaceVerb = 1 << 7,
    QuestionAuxiliary = 1 << 8,
    Possessive = 1 << 9,
    Auxiliary = 1 << 10,
    Comma = 1 << 11,
    PairPreposition = 1 << 16,
    AgentPreposition = 1 << 17,
    SpeakerNoun = 1 << 18,
    PurchaseVerb = 1 << 19,
    HolderVerb = 1 << 20,
    OriginMarker = 1 << 21,
    PlaceSuffix = 1 << 22,
    EventNoun = 1 << 23,
    QuantityWord = 1 << 24,
    MutualNoun = 1 << 25,
    UndergoerWord = 1 << 26,
    AgreementNoun = 1 << 27,
    CollectiveWord = 1 << 28,
    ReactionVerb = 1 << 30,
    AnaphorDeterminer = 1 << 29,
    TitleNoun = 1UL << 31,
    TransferVerb = 1UL << 32,
    AgentMarker = 1UL << 33,
    Infinitive = 1 << 12,
    MotionPreposition = 1 << 13,
    PossessivePronoun = 1 << 14,
    Complementizer = 1 << 15,
}

/// <summary>
/// All loaded packs merged and compiled: the lexicon, tokenizer, one phrase matcher for every actor name,
/// trigger and cue, the rules, and the word classes. Built once per analyzer; immutable and thread-safe.
/// </summary>
internal sealed class CompiledPack
{
    public required Lexicon Lexicon { get; init; }

    public required Tokenizer Tokenizer { get; init; }

    public required PhraseMatcher Matcher { get; init; }

    public required IReadOnlyList<ActorInfo> Actors { get; init; }

    /// <summary>Each listed person with the offices the pack dates, for <see cref="PhrasePayload.Person"/>.</summary>
    public required IReadOnlyList<PersonInfo> People { get; init; }

    public required IReadOnlyList<CompiledRule> Rules { get; init; }

    public required IReadOnlyDictionary<string, RelationTypeEntry> RelationTypes { get; init; }

    public required WordClass[] WordClasses { get; init; }

    /// <summary>
    /// The relation types each event-anaphor noun (a relation type's <c>anaphors</c>) can refer back to, by lemma
    /// family id: "support" → arms, diplomatic-support, military-cooperation.
    /// </summary>
    public required IReadOnlyDictionary<int, string[]> EventAnaphors { get; init; }

    public required SplitterLexicon SplitterLexicon { get; init; }

    public required BoilerplateCues BoilerplateCues { get; init; }

    public required ScoringFactors Scoring { get; init; }

    /// <summary>Every loaded pack's test cases, with the pack (<c>id@version</c>) that carries each.</summary>
    public required IReadOnlyList<(PackTestEntry Test, string Pack)> Tests { get; init; }

    /// <summary>Lint warnings about the loaded packs.</summary>
    public required IReadOnlyList<PackDiagnostic> Warnings { get; init; }

    public WordClass ClassOf(in Token token) => token.Form >= 0 ? WordClasses[token.Form] : WordClass.None;

    public bool Is(in Token token, WordClass wordClass) => (ClassOf(token) & wordClass) != 0;

    /// <summary>Whether the token is a hyphen ("Turkish-built", "Doha-based", "Iran-Russia").</summary>
    public bool IsHyphen(in Token token) => token.Form >= 0 && Lexicon.FormText(token.Form) == "-";

    /// <summary>Whether a comma lies in tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool CommaBetween(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (Is(tokens[t], WordClass.Comma))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is a known word form ending in "-ing" ("carrying", "allowing").</summary>
    public bool IsIngForm(in Token token) => token.Form >= 0 && Lexicon.FormText(token.Form).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The lemma family id of a word as the pack writes it, or -1.</summary>
    /// <summary>Whether a token in [<paramref name="start"/>, <paramref name="end"/>) has one of <paramref name="classes"/>.</summary>
    public bool AnyIn(ReadOnlySpan<Token> tokens, int start, int end, WordClass classes)
    {
        for (int t = start; t < end; t++)
        {
            if (Is(tokens[t], classes))
            {
                return true;
            }
        }

        return false;
    }

    public int LemmaOf(string word) => Lexicon.LemmaOf(Lexicon.FindAnyCase(word));
}
