using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Relations;

/// <summary>A relation a rule found between two actors in one sentence, before qualifiers and scoring.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Trigger">The trigger hit.</param>
/// <param name="Clause">Index of the trigger's clause in the sentence.</param>
/// <param name="Source">Source actor index.</param>
/// <param name="Target">Target actor index.</param>
/// <param name="OtherParty">For mediation: the other party's actor index, or -1.</param>
/// <param name="FromAnaphor">Whether a participant came from a pronoun, a group expression or the discourse pair.</param>
/// <param name="Directive">The directive cue that made the trigger's subject its object ("warned X not to strike"), if any.</param>
/// <param name="Presupposed">Whether the target is an apposition of a noun trigger ("strategic ally Iran"), or the relation noun is
/// possessed by a group ("their alignment with Moscow"): presupposed, not asserted.</param>
/// <param name="Inferred">Where a participant the sentence leaves out came from, for <c>explain</c>.</param>
/// <param name="Antecedent">For an event anaphor: the index of the sentence that told the event it restates; else -1.</param>
internal sealed record ClaimCandidate(
    CompiledRule Rule,
    PhraseHit Trigger,
    int Clause,
    int Source,
    int Target,
    int OtherParty,
    bool FromAnaphor,
    PhraseHit? Directive,
    bool Presupposed = false,
    ParticipantInference Inferred = ParticipantInference.None,
    int Antecedent = -1);

/// <summary>How a participant the sentence does not name was supplied.</summary>
internal enum ParticipantInference : byte
{
    /// <summary>Both participants come from the sentence's own words (names, pronouns, group expressions).</summary>
    None,

    /// <summary>"bilateral", "mutual", "this", a reciprocal: the pair the sentence or the discourse names.</summary>
    PairReference,

    /// <summary>The pair under discussion: named in the last sentences, or the one the document names most.</summary>
    TopicPair,

    /// <summary>The target of the doer's last event of the same relation.</summary>
    LastEvent,

    /// <summary>The agent of the relation noun that opens the clause ("Russia's support … arms transfers").</summary>
    ClauseAgent,

    /// <summary>An event anaphor ("This support", "this agreement"): relation and participants of an event told just before.</summary>
    EventAnaphor,
}
