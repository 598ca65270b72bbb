namespace AllianceAnalysis.Pipeline;

/// <summary>How a clause was opened.</summary>
internal enum ClauseOpener : byte
{
    /// <summary>The sentence start.</summary>
    Start,

    /// <summary>A contrast or punctuation boundary ("but", ";", a dash).</summary>
    Boundary,

    /// <summary>A subordinator ("while", "if", "when"): the clause ends at the next comma.</summary>
    Subordinator,

    /// <summary>A relative pronoun ("which", "who"): the clause's subject is the antecedent.</summary>
    Relative,

    /// <summary>A complementizer ("that"): modality of the governing clause carries over.</summary>
    Complement,

    /// <summary>
    /// The main clause resumed after a relative clause set off by commas ("Poland, which hosts …, has sent …"): its
    /// subject is the antecedent of the relative pronoun at <see cref="Clause.OpenerToken"/>.
    /// </summary>
    Resumed,

    /// <summary>
    /// A contrast phrase ("rather than", "instead of"): what it sets aside, up to the next comma. Its doer is the main
    /// clause's ("Russia's desire to prevent a war, rather than a commitment to defend Iran").
    /// </summary>
    Contrast,
}

/// <summary>A clause of a sentence as a token range (half-open, document token indices, opener included).</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Opener">How the clause was opened.</param>
/// <param name="OpenerToken">The token that opened it (for a resumed clause, the relative pronoun), or -1.</param>
/// <param name="ElidedSubject">
/// The clause's verb follows its opener directly, so its subject is that of the clause before ("… but will keep
/// sanctions", "while supplying Kyiv with drones").
/// </param>
internal readonly record struct Clause(int Start, int End, ClauseOpener Opener, int OpenerToken, bool ElidedSubject = false)
{
    public bool Contains(int token) => token >= Start && token < End;
}
