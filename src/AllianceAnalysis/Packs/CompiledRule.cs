namespace AllianceAnalysis.Packs;

/// <summary>Where a rule looks for one of its arguments, relative to the trigger (see the pack header).</summary>
internal enum RoleKind : byte
{
    Subject,
    PassiveSubject,
    Buyer,
    Object,
    Possessor,
    Modifier,
    Origin,
    Agent,
    Event,
    Inside,
    Apposition,
    Parties,
    Other,
    Preposition,
    Complement,
    Threatened,
    Undergoer,
    Condition,
    Recipient,
}

/// <summary>One argument role; <see cref="Preposition"/> is the lemma id of the governing preposition for <see cref="RoleKind.Preposition"/>.</summary>
internal readonly record struct ArgumentRole(RoleKind Kind, int Preposition = -1)
{
    /// <summary>The role names a pack may write; any other role is a preposition.</summary>
    public static readonly string[] Names = ["subject", "passive-subject", "buyer", "object", "possessor", "modifier", "origin", "agent", "event", "inside", "apposition", "parties", "other", "complement", "threatened", "undergoer", "condition", "recipient"];

    public override string ToString() => Kind.ToString().ToLowerInvariant();
}

/// <summary>A relation rule ready to run: its relation, argument roles, context constraints and base strength.</summary>
internal sealed record CompiledRule(
    string Id,
    string Relation,
    bool Symmetric,
    ArgumentRole[] Source,
    ArgumentRole[] Target,
    int[] RequiredLemmas,
    int[] ForbiddenLemmas,
    double Strength,
    string Pack)
{
    /// <summary>Whether a target role is "parties" (mediation between the sentence's actors), decided once at compile time.</summary>
    public bool HasPartiesTarget { get; } = Array.Exists(Target, r => r.Kind == RoleKind.Parties);

    /// <summary>Whether a target role is "buyer" (the subject of a purchase verb receives), decided once at compile time.</summary>
    public bool HasBuyerTarget { get; } = Array.Exists(Target, r => r.Kind == RoleKind.Buyer);
}

/// <summary>An actor of the merged packs.</summary>
internal sealed record ActorInfo(string Code, string Name, string Kind);

/// <summary>One person of an actor and the terms of office the pack lists (open ends are null).</summary>
internal sealed record PersonInfo(int Actor, string Name, IReadOnlyList<(DateOnly? From, DateOnly? To)> Terms)
{
    /// <summary>Whether any listed term covers <paramref name="day"/> (the last day of a term counts).</summary>
    public bool InOffice(DateOnly day)
    {
        foreach (var (from, to) in Terms)
        {
            if ((from is null || from <= day) && (to is null || day <= to))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The numbers that turn a rule's base strength into a claim's strength, from the pack's <c>scoring</c> section.</summary>
internal sealed record ScoringFactors(double Asserted, double Hedged, double Intended, double Hypothetical, double Anaphor)
{
    public double For(Modality modality) => modality switch
    {
        Modality.Hedged => Hedged,
        Modality.Intended => Intended,
        Modality.Hypothetical => Hypothetical,
        _ => Asserted,
    };
}
