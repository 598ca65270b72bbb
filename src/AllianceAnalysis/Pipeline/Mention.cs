namespace AllianceAnalysis.Pipeline;

/// <summary>
/// An actor mention inside the pipeline: token range, actor indices, and the syntactic context the argument
/// roles look at (governing preposition, possessive, modifier of a following noun).
/// </summary>
internal sealed class Mention
{
    public required int Start { get; set; }

    public required int End { get; set; }

    public required int[] Actors { get; set; }

    public required MentionKind Kind { get; set; }

    /// <summary>Lemma id of the preposition governing the mention's noun phrase, or -1.</summary>
    public int Preposition { get; set; } = -1;

    /// <summary>The governing preposition is a place preposition ("support in Ukraine"): the actor is where, not who.</summary>
    public bool Locative { get; set; }

    /// <summary>Followed by 's (or is a possessive pronoun such as "its", "their").</summary>
    public bool Possessive { get; set; }

    /// <summary>Directly followed by a noun it modifies ("Israeli strikes", "Iran-Russia partnership").</summary>
    public bool Modifier { get; set; }

    /// <summary>Names the maker of the noun it modifies through an origin marker ("Turkish-built corvettes", "US-supplied jets").</summary>
    public bool Origin { get; set; }

    /// <summary>Names the doer of the participle it is joined to by a hyphen, an agent marker ("Qatari-brokered truce", "US-imposed sanctions").</summary>
    public bool Agent { get; set; }

    /// <summary>A reciprocal ("each other", "the other") standing for the members of a group.</summary>
    public bool Reciprocal { get; set; }

    /// <summary>Object of a participle ("tensions involving Iran"): never a clause subject.</summary>
    public bool ObjectOfVerb { get; set; }

    /// <summary>Index of the coordination group the mention belongs to.</summary>
    public int Group { get; set; } = -1;

    /// <summary>For anaphors: the text they were resolved from ("the two nations").</summary>
    public bool FromAnaphor => Kind == MentionKind.Anaphor;

    /// <summary>Makes a pooled instance a fresh mention.</summary>
    public void Reset(int start, int end, int[] actors, MentionKind kind)
    {
        (Start, End, Actors, Kind) = (start, end, actors, kind);
        (Preposition, Possessive, Modifier, Reciprocal, ObjectOfVerb, Group) = (-1, false, false, false, false, -1);
        (Origin, Agent, Locative) = (false, false, false);
    }

    /// <summary>Takes the context a noun phrase's first words decide: the governing preposition and whether it is a place.</summary>
    public void TakeLeftContext(Mention from) => (Preposition, Locative) = (from.Preposition, from.Locative);

    /// <summary>Takes the context a noun phrase's last words decide: possessive, modifier, maker, agent.</summary>
    public void TakeRightContext(Mention from) => (Possessive, Modifier, Origin, Agent) = (from.Possessive, from.Modifier, from.Origin, from.Agent);
}

/// <summary>Mentions joined by coordination ("Russia and China", "between Tehran and Moscow", "Iran-Russia").</summary>
internal sealed class MentionGroup
{
    public required int Start { get; set; }

    public required int End { get; set; }

    public List<int> Members { get; } = [];

    public int[] Actors { get; set; } = [];

    public int Preposition { get; set; } = -1;

    /// <summary>The group's preposition is a place preposition: see <see cref="Mention.Locative"/>.</summary>
    public bool Locative { get; set; }

    public bool Possessive { get; set; }

    public bool Modifier { get; set; }

    /// <summary>The group names the maker of the noun it modifies ("Chinese-made missiles"): see <see cref="Mention.Origin"/>.</summary>
    public bool Origin { get; set; }

    /// <summary>The group names the doer of the participle after its hyphen ("Qatari-brokered"): see <see cref="Mention.Agent"/>.</summary>
    public bool Agent { get; set; }

    public bool Reciprocal { get; set; }

    public bool ObjectOfVerb { get; set; }

    /// <summary>After a comma and a coordinator (", and Iranian officials have criticised …"): the subject of a new conjunct.</summary>
    public bool OpensConjunct { get; set; }

    /// <summary>
    /// First token of the reported content when the group is the speaker of an attribution ("Lavrov stated that …"):
    /// for triggers from there on, the group is never an argument. <see cref="int.MaxValue"/> when not a speaker.
    /// </summary>
    public int SpeakerFrom { get; set; } = int.MaxValue;

    public bool FromAnaphor { get; set; }

    public bool IsSpeakerFor(int trigger) => trigger >= SpeakerFrom;

    /// <summary>Makes a pooled instance a fresh, empty group.</summary>
    public void Reset(int start, int end)
    {
        (Start, End) = (start, end);
        Members.Clear();
        Actors = [];
        (Preposition, Possessive, Modifier, Reciprocal, ObjectOfVerb, SpeakerFrom, FromAnaphor, OpensConjunct) = (-1, false, false, false, false, int.MaxValue, false, false);
        (Origin, Agent, Locative) = (false, false, false);
    }

    /// <summary>Takes the context a group's first mention decides: see <see cref="Mention.TakeLeftContext"/>.</summary>
    public void TakeLeftContext(Mention from) => (Preposition, Locative) = (from.Preposition, from.Locative);

    /// <summary>Takes the context a group's last mention decides: see <see cref="Mention.TakeRightContext"/>.</summary>
    public void TakeRightContext(Mention from) => (Possessive, Modifier, Origin, Agent) = (from.Possessive, from.Modifier, from.Origin, from.Agent);
}
