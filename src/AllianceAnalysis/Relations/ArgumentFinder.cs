using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Relations;

/// <summary>
/// Finds the mention group that fills an argument role of a trigger (see the pack header for the roles). The
/// search never leaves the trigger's clause, except for "parties" (the sentence) and relative clauses (the
/// antecedent of "which"/"who").
/// </summary>
internal sealed class ArgumentFinder
{
    private const int MaxObjectDistance = 4;
    private const int MaxPossessorDistance = 4;
    private const int MaxModifierGap = 4;
    private const int MaxPrepositionDistance = 8;
    private const int MaxSeriesDistance = 16;
    private readonly CompiledPack _pack;

    public ArgumentFinder(CompiledPack pack)
    {
        _pack = pack;
    }

    public MentionGroup? Find(ArgumentRole role, ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerStart, int triggerEnd, MentionGroup? exclude)
    {
        if (exclude is { Origin: true } && role.Kind != RoleKind.Buyer)
        {
            // "carrying Iranian-made missile parts bound for Yemen": the maker of a weapon supplied the one who has it
            // (the buyer role), not whoever else the clause names.
            return null;
        }

        if (exclude is null && role.Kind != RoleKind.Agent && AgentCompound(sentence, triggerStart) is not null)
        {
            // "Israel accepted the Qatari-brokered truce": the compound names who brokered it; no other role does.
            return null;
        }

        // A trigger whose gap spans a relative pronoun ("sent thousands of troops who fought alongside"): what follows
        // it lies in the clause it ends in.
        Clause following = clause.Contains(triggerEnd - 1) ? clause : sentence.Clauses[sentence.ClauseIndexOf(triggerEnd - 1)];
        return role.Kind switch
        {
            // "over their purchases of Iranian crude": the pronoun's, not the subject's.
            RoleKind.Subject when exclude is not null && InAdjunctOfOwner(tokens, sentence, triggerStart) => null,
            // A noun in a prepositional phrase takes no agent from the clause subject; as a fallback target the subject still
            // serves ("Armenia buys nearly all of its gas from Gazprom").
            RoleKind.Subject => AbsoluteAgent(tokens, sentence, triggerStart, exclude)
                ?? AppositiveAgent(tokens, sentence, clause, triggerStart, exclude, out _)
                ?? (exclude is null && GovernedByPreposition(tokens, sentence, triggerStart)
                    ? GerundController(tokens, sentence, triggerStart)
                    : InfinitiveController(tokens, sentence, clause, triggerStart, exclude)
                        ?? (ObjectOfReactionVerb(tokens, clause, triggerStart) ? null : Subject(sentence, clause, triggerStart, exclude))),
            RoleKind.PassiveSubject => exclude is not null && IsAgentPreposition(exclude.Preposition) ? Subject(sentence, clause, triggerStart, exclude) : null,
            // "India buys Russian oil rather than Saudi crude": what a contrast phrase sets aside is bought by the main clause's buyer.
            RoleKind.Buyer => PurchaseBefore(tokens, ContrastedClause(sentence, clause), triggerStart) || (exclude is { Modifier: true } && HolderBefore(tokens, clause, exclude.Start))
                ? Subject(sentence, clause, triggerStart, exclude)
                : null,
            RoleKind.Undergoer => UndergoerBefore(tokens, clause, triggerStart) is int undergoer and >= 0
                ? Subject(sentence, clause, undergoer, exclude)
                : null,
            RoleKind.Condition => ConditionSubject(sentence, clause, triggerEnd, exclude),
            RoleKind.Recipient => Recipient(tokens, sentence, clause, triggerStart, exclude),
            RoleKind.Object => Object(tokens, sentence, following, triggerEnd, exclude, Modifier(tokens, sentence, clause, triggerStart, null)?.End == triggerStart),
            RoleKind.Possessor => Possessor(tokens, sentence, triggerStart, exclude),
            RoleKind.Modifier => Modifier(tokens, sentence, clause, triggerStart, exclude),
            RoleKind.Origin => Origin(tokens, sentence, triggerStart, exclude),
            RoleKind.Agent => exclude is null ? AgentCompound(sentence, triggerStart) : null,
            RoleKind.Event => AppositiveAgent(tokens, sentence, clause, triggerStart, null, out int comma) is not null
                ? Subject(sentence, clause, comma, exclude)
                : null,
            RoleKind.Inside => PossessorWithin(sentence, triggerStart, triggerEnd, exclude) ?? FirstWithin(sentence, triggerStart, triggerEnd, exclude),
            RoleKind.Apposition => Apposition(tokens, sentence, triggerEnd, exclude) ?? AppositionBefore(tokens, sentence, triggerStart, exclude),
            RoleKind.Preposition => PrepositionalObject(tokens, sentence, following, triggerStart, triggerEnd, role.Preposition, exclude)
                ?? (IsPairPreposition(role.Preposition) ? PairBefore(sentence, clause, triggerStart, role.Preposition, exclude) : null),
            RoleKind.Other => Other(sentence, clause, triggerStart, triggerEnd, exclude),
            RoleKind.Parties => Parties(sentence, exclude, triggerStart),
            RoleKind.Complement => Complement(tokens, sentence, clause, triggerEnd, exclude),
            RoleKind.Threatened => Threatened(sentence, clause, triggerStart, exclude),
            _ => null,
        };
    }

    /// <summary>
    /// "Armenia has bought artillery from India": a purchase verb between the clause start and the trigger makes the
    /// subject the recipient. A purchase noun after a possessive or a determiner ("Pakistan's imports of weapons", "the
    /// purchase of") is no verb, nor is one followed by an infinitive ("is expected to deliver").
    /// </summary>
    public bool PurchaseBefore(ReadOnlySpan<Token> tokens, Clause clause, int triggerStart)
    {
        for (int t = clause.Start; t < triggerStart; t++)
        {
            // "Moscow is expected to deliver jets": a verb that takes an infinitive is no purchase of the trigger.
            if (_pack.Is(tokens[t], WordClass.PurchaseVerb) && !(t > clause.Start && _pack.Is(tokens[t - 1], WordClass.Possessive | WordClass.Determiner))
                && !(t + 1 < triggerStart && _pack.Is(tokens[t + 1], WordClass.Infinitive)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Sweden gave Ukraine CV90 vehicles", "Germany will provide Kyiv with more Patriot interceptors", "Iran sold Russia
    /// hundreds of drones": the actor right after a verb from the pack's <c>transfer-verbs</c>, before the trigger's noun
    /// phrase (modifiers, numbers, a counted "of", or one preposition such as "with" between), receives it.
    /// </summary>
    private MentionGroup? Recipient(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerStart, MentionGroup? exclude)
    {
        const int MaxDistance = 6;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g == exclude || g.End > triggerStart || triggerStart - g.End > MaxDistance || !clause.Contains(g.Start) || g.Start - 1 < clause.Start
                || g.Preposition >= 0 || g.Possessive || g.Modifier || !_pack.Is(tokens[g.Start - 1], WordClass.TransferVerb))
            {
                continue;
            }

            if (RecipientGapAllows(tokens, g.End, triggerStart))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>Only modifiers, determiners, numbers, a preposition right after the recipient or after a count word.</summary>
    private bool RecipientGapAllows(ReadOnlySpan<Token> tokens, int start, int end)
    {
        const WordClass breaksPhrase = WordClass.Coordinator | WordClass.ClauseBoundary | WordClass.Subordinator | WordClass.RelativePronoun
            | WordClass.Auxiliary | WordClass.Comma | WordClass.Possessive;
        for (int t = start; t < end; t++)
        {
            Token token = tokens[t];
            if (token.Kind == TokenKind.Number || _pack.IsHyphen(token))
            {
                continue;
            }

            if (token.Kind == TokenKind.Punctuation || _pack.Is(token, breaksPhrase))
            {
                return false;
            }

            if (_pack.Is(token, WordClass.Preposition) && !(t == start || (t > start && _pack.Is(tokens[t - 1], WordClass.QuantityWord))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Moscow warned of a catastrophe if Israel continues to strike", "China warned that it would respond if Japan
    /// sent warships": the subject of a conditional clause (opened by a hypothesis cue) right after the trigger's
    /// clause, or after the "that" clause it governs, whose act the warning is about.
    /// </summary>
    private static MentionGroup? ConditionSubject(SentenceContext sentence, Clause clause, int triggerEnd, MentionGroup? exclude)
    {
        const int MaxDistance = 8;
        int index = sentence.ClauseIndexOf(clause.Start) + 1;
        while (index > 0 && index < sentence.Clauses.Count && sentence.Clauses[index].Opener == ClauseOpener.Complement)
        {
            index++;
        }

        if (index <= 0 || index >= sentence.Clauses.Count)
        {
            return null;
        }

        Clause next = sentence.Clauses[index];
        if (next.Opener != ClauseOpener.Subordinator || next.OpenerToken < triggerEnd || next.OpenerToken - triggerEnd > MaxDistance)
        {
            return null;
        }

        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.Hypothesis && cue.Start == next.OpenerToken)
            {
                return Subject(sentence, next, next.End, exclude);
            }
        }

        return null;
    }

    /// <summary>
    /// "Russia condemned the strikes on Iran", "China criticised the sanctions on Russia": a noun trigger that is the
    /// object of a verb from the pack's <c>reaction-verbs</c> names someone else's act, so the clause subject is not its
    /// agent (a possessor or modifier still is: "condemned Israel's strikes").
    /// </summary>
    private bool ObjectOfReactionVerb(ReadOnlySpan<Token> tokens, Clause clause, int triggerStart) =>
        WordBeforeNounPhrase(tokens, clause, triggerStart, WordClass.ReactionVerb, WordClass.None) >= 0;

    /// <summary>
    /// "Iran faced further Israeli attacks", "Kharkiv came under heavy Russian missile attack", "Russia, under Western
    /// sanctions since 2014": a word from the pack's <c>undergoer-words</c> right before the trigger's noun phrase (only
    /// modifiers and actors between) makes the subject before it the one the act is done to. The undergoer word's
    /// token, or -1.
    /// </summary>
    private int UndergoerBefore(ReadOnlySpan<Token> tokens, Clause clause, int triggerStart) =>
        WordBeforeNounPhrase(tokens, clause, triggerStart, WordClass.UndergoerWord, WordClass.Possessive);

    /// <summary>
    /// The token of a word of class <paramref name="word"/> right before the trigger's noun phrase, looking back over
    /// modifiers, determiners, actors and hyphens only (a function word, a comma or <paramref name="alsoEnds"/> ends the
    /// phrase); or -1.
    /// </summary>
    private int WordBeforeNounPhrase(ReadOnlySpan<Token> tokens, Clause clause, int triggerStart, WordClass word, WordClass alsoEnds)
    {
        WordClass endsPhrase = WordClass.Preposition | WordClass.Coordinator | WordClass.ClauseBoundary | WordClass.Subordinator
            | WordClass.RelativePronoun | WordClass.Auxiliary | WordClass.Comma | alsoEnds;
        for (int t = triggerStart - 1; t >= clause.Start && triggerStart - t <= MaxModifierGap + 1; t--)
        {
            if (_pack.Is(tokens[t], word))
            {
                return t;
            }

            if (tokens[t].Kind == TokenKind.Punctuation ? !_pack.IsHyphen(tokens[t]) : _pack.Is(tokens[t], endsPhrase))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "…, a move Tehran called hostile", "…, a move Moscow condemned as Western interference": in an appositive that
    /// renames the event of the clause before (comma, determiner, event noun from the pack's <c>event-nouns</c>), the
    /// actor right before the trigger is its agent. <paramref name="comma"/> is the comma's token, or -1.
    /// </summary>
    private MentionGroup? AppositiveAgent(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerStart, MentionGroup? exclude, out int comma)
    {
        comma = -1;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g == exclude || g.End != triggerStart || g.Preposition >= 0 || g.Possessive || !clause.Contains(g.Start))
            {
                continue;
            }

            int noun = g.Start - 1;
            int determiner = noun - 1;
            if (determiner - 1 >= clause.Start && _pack.Is(tokens[noun], WordClass.EventNoun) && _pack.Is(tokens[determiner], WordClass.Determiner)
                && _pack.Is(tokens[determiner - 1], WordClass.Comma))
            {
                comma = determiner - 1;
                return g;
            }
        }

        return null;
    }

    /// <summary>
    /// "Pakistan operates Turkish-built corvettes", "Serbia displayed Chinese-made missiles": a holder verb (pack list
    /// <c>holder-verbs</c>) between the clause start and the actor modifying the weapon makes the subject its recipient.
    /// </summary>
    private bool HolderBefore(ReadOnlySpan<Token> tokens, Clause clause, int modifierStart)
    {
        for (int t = clause.Start; t < modifierStart; t++)
        {
            if (_pack.Is(tokens[t], WordClass.HolderVerb) && !(t > clause.Start && _pack.Is(tokens[t - 1], WordClass.Possessive | WordClass.Determiner)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, with Omani Foreign Minister Badr Albusaidi carrying messages between the two delegations": a group after a
    /// preposition, right before an -ing trigger, is that verb's agent.
    /// </summary>
    private MentionGroup? AbsoluteAgent(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart, MentionGroup? exclude)
    {
        if (!_pack.IsIngForm(tokens[triggerStart]))
        {
            return null;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.End == triggerStart && g.Preposition >= 0 && !g.Possessive && !g.IsSpeakerFor(triggerStart))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>
    /// "accused Minsk of allowing Russian troops …", "thanked Moscow for standing with Caracas": an -ing trigger right
    /// after a preposition takes the object just before that preposition as its subject, also when a demonym names it
    /// ("thanked North Korean soldiers for helping Russian troops").
    /// </summary>
    private MentionGroup? GerundController(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart)
    {
        int preposition = triggerStart - 1;
        if (preposition <= sentence.TokenStart || !_pack.Is(tokens[preposition], WordClass.Preposition) || !_pack.IsIngForm(tokens[triggerStart]))
        {
            return null;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            bool modifiesObject = g.Modifier && g.End == preposition - 1 && tokens[g.End].IsWord;
            if ((g.End == preposition || modifiesObject) && g.Preposition < 0 && !g.Possessive && !g.IsSpeakerFor(triggerStart))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>
    /// "has threatened to strike Iranian nuclear facilities": the target of the relation trigger that follows this one
    /// (up to two words between, such as "to"), found by that trigger's own target roles.
    /// </summary>
    private MentionGroup? Complement(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerEnd, MentionGroup? exclude)
    {
        foreach (PhraseHit next in sentence.TriggerHits)
        {
            if (next.Start < triggerEnd || next.Start - triggerEnd > 2 || !clause.Contains(next.Start))
            {
                continue;
            }

            foreach (ArgumentRole role in _pack.Rules[next.Payload.Index].Target)
            {
                if (role.Kind is RoleKind.Complement or RoleKind.Threatened or RoleKind.Parties)
                {
                    continue;
                }

                MentionGroup? found = Find(role, tokens, sentence, clause, next.Start, next.End, exclude);
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"Washington threatened them with secondary sanctions": the party in a threat's gap is the target of what it threatens.</summary>
    private static MentionGroup? Threatened(SentenceContext sentence, Clause clause, int triggerStart, MentionGroup? exclude)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind != PhraseKind.Threat || cue.GapStart < 0 || !clause.Contains(cue.Start) || cue.End > triggerStart || triggerStart - cue.End > 2)
            {
                continue;
            }

            return FirstWithin(sentence, cue.GapStart, cue.GapEnd, exclude);
        }

        return null;
    }

    /// <summary>"invaded by Russia": the preposition of a passive agent.</summary>
    private bool IsAgentPreposition(int lemma) => lemma >= 0 && (_pack.WordClasses[lemma] & WordClass.AgentPreposition) != 0;

    /// <summary>"between Tehran and Moscow": a preposition whose object is the pair itself, which may precede the trigger.</summary>
    /// <remarks>Prepositions are function words, entered in the lexicon as their own family, so lemma id = form id.</remarks>
    public bool IsPairPreposition(int lemma) => lemma >= 0 && (_pack.WordClasses[lemma] & WordClass.PairPreposition) != 0;

    /// <summary>
    /// "sanctions over drone transfers to Russia": a trigger inside a prepositional phrase is a noun whose agent is
    /// not the clause subject. (Infinitival "to" does not count: "agreed to mediate"; nor does the "of" after a quantity
    /// word from the pack's <c>quantity-words</c>: "sending a small number of drones to Russia".)
    /// </summary>
    private bool GovernedByPreposition(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart)
    {
        int t = triggerStart - 1;
        int skipped = 0;
        while (t >= sentence.TokenStart && skipped < 2 && (tokens[t].Kind == TokenKind.Number || _pack.Is(tokens[t], WordClass.Determiner)))
        {
            t--;
            skipped++;
        }

        if (t < sentence.TokenStart)
        {
            return false;
        }

        // "since the invasion of Ukraine", "after the strikes": a subordinator before a determiner and a noun trigger is a
        // preposition too (an -ing trigger after it, "since invading Ukraine", still has the clause subject).
        if (skipped > 0 && _pack.Is(tokens[t], WordClass.Subordinator) && !_pack.IsIngForm(tokens[triggerStart]))
        {
            return true;
        }

        // "billions of dollars of trade" (a quantity), "an agreement on military cooperation" (what is agreed) and
        // "prioritises its economy over any defence pact" (what the subject ranks below) leave the clause subject the
        // noun's agent.
        return _pack.Is(tokens[t], WordClass.Preposition) && !RanksBelow(sentence, t) && !_pack.Is(tokens[t], WordClass.Infinitive)
            && !(t > sentence.TokenStart && _pack.Is(tokens[t - 1], WordClass.QuantityWord | WordClass.AgreementNoun));
    }

    /// <summary>
    /// "sanctioned Chinese refineries over their purchases of Iranian crude": a trigger owned by a possessive pronoun in an
    /// adjunct prepositional phrase belongs to that owner, not to the clause subject (but "nearly all of its gas" is a
    /// part of the subject's own).
    /// </summary>
    private bool InAdjunctOfOwner(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart)
    {
        int owner = triggerStart - 1;
        int preposition = owner - 1;
        if (preposition <= sentence.TokenStart || !_pack.Is(tokens[owner], WordClass.PossessivePronoun)
            || !_pack.Is(tokens[preposition], WordClass.Preposition) || _pack.Is(tokens[preposition], WordClass.Infinitive))
        {
            return false;
        }

        return !_pack.Is(tokens[preposition - 1], WordClass.Determiner | WordClass.QuantityWord);
    }

    /// <summary>
    /// "Russia's willingness to directly confront Israel", "a pledge by Moscow to defend Minsk": a verb trigger in an
    /// infinitive that completes a noun takes that noun's possessor or agent as its subject, not the clause subject.
    /// </summary>
    private MentionGroup? InfinitiveController(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerStart, MentionGroup? exclude)
    {
        int marker = triggerStart - 1;
        if (marker > clause.Start && tokens[marker].IsWord && !_pack.Is(tokens[marker], WordClass.Infinitive | WordClass.Determiner | WordClass.Preposition))
        {
            marker--; // one adverb: "to directly confront"
        }

        if (marker <= clause.Start || !_pack.Is(tokens[marker], WordClass.Infinitive) || !tokens[marker - 1].IsWord
            || _pack.Is(tokens[marker - 1], WordClass.Preposition | WordClass.Determiner))
        {
            return null;
        }

        // The word before "to" is the noun the infinitive completes; its possessor or agent sits just before it.
        MentionGroup? controller = null;
        foreach (MentionGroup g in sentence.Groups)
        {
            // "allowing Russian troops to launch attacks": a demonym modifying that noun is its possessor too.
            bool modifiesNoun = g.Modifier && g.End == marker - 1 && !g.Possessive;
            if (g != exclude && clause.Contains(g.Start) && g.End < marker && marker - g.End <= MaxPossessorDistance
                && (g.Possessive || IsAgentPreposition(g.Preposition) || modifiesNoun) && !g.IsSpeakerFor(triggerStart))
            {
                controller = g;
            }
        }

        return controller is not null && !GroupBetween(sentence, controller.End, marker) ? controller : null;
    }

    /// <summary>"strategic ally Iran", "its key allies, Russia and China": the group right after a noun trigger.</summary>
    private MentionGroup? Apposition(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerEnd, MentionGroup? exclude)
    {
        int start = triggerEnd < sentence.TokenEnd && _pack.Is(tokens[triggerEnd], WordClass.Comma) ? triggerEnd + 1 : triggerEnd;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && (g.Start == triggerEnd || g.Start == start) && g.Preposition < 0 && !g.IsSpeakerFor(triggerEnd))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>
    /// "Russia maintains ties with Iran, one of its key allies": the group right before the comma that opens the
    /// trigger's noun phrase, when a possessor opens that phrase (after a quantity word and a preposition, "one of").
    /// </summary>
    private MentionGroup? AppositionBefore(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart, MentionGroup? exclude)
    {
        MentionGroup? possessor = Possessor(tokens, sentence, triggerStart, null);
        if (possessor is null)
        {
            return null;
        }

        int start = possessor.Start;
        if (start - 2 >= sentence.TokenStart && _pack.Is(tokens[start - 1], WordClass.Preposition) && _pack.Is(tokens[start - 2], WordClass.QuantityWord))
        {
            start -= 2;
        }

        if (start - 1 <= sentence.TokenStart || !_pack.Is(tokens[start - 1], WordClass.Comma))
        {
            return null;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g != possessor && g.End == start - 1 && !g.Possessive)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>"Russia's support": a possessive group shortly before the trigger, with no other group between.</summary>
    /// <summary>
    /// "Russia's growing support": a possessive group a few words before the trigger, in the same noun phrase (no
    /// preposition, subordinator or comma between: "their partnership since the invasion" is not their invasion).
    /// </summary>
    private MentionGroup? Possessor(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart, MentionGroup? exclude)
    {
        const WordClass leavesPhrase = WordClass.Preposition | WordClass.Subordinator | WordClass.ClauseBoundary | WordClass.Comma;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.Possessive && g.End <= triggerStart && triggerStart - g.End <= MaxPossessorDistance && !GroupBetween(sentence, g.End, triggerStart)
                && !_pack.AnyIn(tokens, g.End, triggerStart, leavesPhrase))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>A preference marker ("over") at the token, after a preference verb ("prioritises") in the sentence.</summary>
    private static bool RanksBelow(SentenceContext sentence, int token)
    {
        bool marker = false;
        bool verb = false;
        foreach (PhraseHit cue in sentence.CueHits)
        {
            marker |= cue.Payload.Kind == PhraseKind.PreferenceMarker && cue.Start == token;
            verb |= cue.Payload.Kind == PhraseKind.PreferenceVerb && cue.End <= token;
        }

        return marker && verb;
    }

    /// <summary>
    /// "confront Israel on Iran's behalf", "rush to Tehran's aid": inside a trigger, the possessive group is the one the
    /// trigger's noun belongs to, so it beats an earlier plain group (the adversary confronted). A possessive pronoun
    /// does not ("added Chinese companies to its entity list": "its" is the one who lists).
    /// </summary>
    private static MentionGroup? PossessorWithin(SentenceContext sentence, int start, int end, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.Possessive && !g.FromAnaphor && g.Start >= start && g.End <= end)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The first group lying wholly within tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static MentionGroup? FirstWithin(SentenceContext sentence, int start, int end, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.Start >= start && g.End <= end)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>"between Tehran and Moscow, talks …": a group after a pair preposition, before the trigger in its clause.</summary>
    private static MentionGroup? PairBefore(SentenceContext sentence, Clause clause, int triggerStart, int preposition, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && !g.IsSpeakerFor(triggerStart) && g.Preposition == preposition && g.End <= triggerStart && clause.Contains(g.Start))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The first plain group of the clause (no preposition, not possessive) outside the trigger.</summary>
    private static MentionGroup? Other(SentenceContext sentence, Clause clause, int triggerStart, int triggerEnd, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && !g.IsSpeakerFor(triggerStart) && !g.Possessive && g.Preposition < 0 && clause.Contains(g.Start) && !(g.Start >= triggerStart && g.End <= triggerEnd))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The first group of the clause before the trigger that is not after a preposition, not possessive and not a modifier.</summary>
    public static MentionGroup? Subject(SentenceContext sentence, Clause clause, int before, MentionGroup? exclude)
    {
        if (clause.Opener == ClauseOpener.Resumed)
        {
            // "Poland, which hosts …, has itself sent …": the resumed main clause starts with its verb; the subject is the
            // antecedent of the relative clause.
            MentionGroup? antecedent = Antecedent(sentence, clause.OpenerToken, before, exclude);
            if (antecedent is not null)
            {
                return antecedent;
            }
        }

        // "Israel and the United States struck …, and Iranian officials have criticised the agency": the subject of the
        // conjunct the trigger is in.
        MentionGroup? found = ConjunctSubject(sentence, clause, before, exclude) ?? FirstSubjectLike(sentence, clause, before, exclude);

        // "German and Polish tank units will train together": demonyms modifying the subject noun at the clause start.
        // So do they at the start of a reported clause ("Indian officials have said Chinese satellites provided …").
        found ??= ModifyingSubject(sentence, clause, before, exclude);
        if (found is null && clause.ElidedSubject)
        {
            // "Washington … but will keep sanctions on Iranian oil", "Ankara, which … while supplying Kyiv": the subject of the
            // nearest earlier clause that is not a subordinate one.
            int index = sentence.ClauseIndexOf(clause.Start);
            for (int c = index - 1; c >= 0 && found is null; c--)
            {
                if (sentence.Clauses[c].Opener != ClauseOpener.Subordinator)
                {
                    return Subject(sentence, sentence.Clauses[c], before, exclude);
                }
            }
        }

        if (found is null && clause.Opener == ClauseOpener.Contrast)
        {
            found = MainClauseDoer(sentence, clause, exclude);
        }

        if (found is null && clause.Opener == ClauseOpener.Relative)
        {
            // "Russia, which supplied …": the antecedent ends just before the relative pronoun (a comma or a preposition between).
            found = Antecedent(sentence, clause.Start, before, exclude);
        }

        return found;
    }

    /// <summary>
    /// "Russia's desire to prevent a wider war that could harm it, rather than a commitment to defend Iran": the doer of
    /// what a contrast phrase sets aside is the nearest earlier main clause's subject, or else its first possessive
    /// ("Russia's desire"); relative, complement and subordinate clauses in between are skipped.
    /// </summary>
    private static MentionGroup? MainClauseDoer(SentenceContext sentence, Clause clause, MentionGroup? exclude)
    {
        int index = sentence.MainClauseBefore(sentence.ClauseIndexOf(clause.Start));
        if (index < 0)
        {
            return null;
        }

        Clause main = sentence.Clauses[index];
        MentionGroup? subject = Subject(sentence, main, main.End, exclude);
        if (subject is not null)
        {
            return subject;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.Possessive && main.Contains(g.Start))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The last subject-like group before <paramref name="before"/> that opens a conjunct of the clause.</summary>
    private static MentionGroup? ConjunctSubject(SentenceContext sentence, Clause clause, int before, MentionGroup? exclude)
    {
        for (int i = sentence.Groups.Count - 1; i >= 0; i--)
        {
            MentionGroup g = sentence.Groups[i];
            if (g != exclude && g.OpensConjunct && IsSubjectLike(g) && !g.IsSpeakerFor(before) && clause.Contains(g.Start) && g.End <= before)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>The first subject-like group of the clause before <paramref name="before"/>.</summary>
    private static MentionGroup? FirstSubjectLike(SentenceContext sentence, Clause clause, int before, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && IsSubjectLike(g) && !g.IsSpeakerFor(before) && clause.Contains(g.Start) && g.End <= before)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>A demonym modifying the subject noun at the start of the clause or of a reported clause.</summary>
    private static MentionGroup? ModifyingSubject(SentenceContext sentence, Clause clause, int before, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.Modifier && !g.Origin && !g.Agent && g.Preposition < 0 && !g.Possessive && !g.IsSpeakerFor(before)
                && clause.Contains(g.Start) && (g.Start - clause.Start <= 2 || StartsReportedClause(sentence, g.Start)) && g.End < before)
            {
                return g;
            }
        }

        return null;
    }

    private static bool StartsReportedClause(SentenceContext sentence, int start)
    {
        foreach (AttributionFrame frame in sentence.Attributions)
        {
            if (start >= frame.ScopeStart && start - frame.ScopeStart <= 2 && frame.ScopeStart < frame.ScopeEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The group ending just before a relative pronoun (a comma or a preposition between).</summary>
    private static MentionGroup? Antecedent(SentenceContext sentence, int pronoun, int before, MentionGroup? exclude)
    {
        for (int i = sentence.Groups.Count - 1; i >= 0; i--)
        {
            MentionGroup g = sentence.Groups[i];
            if (g != exclude && g.End <= pronoun && pronoun - g.End <= 2 && !g.IsSpeakerFor(before))
            {
                return g;
            }
        }

        return null;
    }

    public static bool IsSubjectLike(MentionGroup g) => g.Preposition < 0 && !g.Possessive && !g.Modifier && !g.Reciprocal && !g.ObjectOfVerb;

    // modifiedNoun: the trigger is a noun an actor modifies right before it ("Russian jets"), so a relation word after it ("bombed") is its
    // clause's verb, and the actor after that verb is the verb's object, not the noun's ("Russian jets bombed Ukrainian cities").
    private MentionGroup? Object(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int after, MentionGroup? exclude, bool modifiedNoun)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            // "supported the Russian-backed government": the agent of a compound modifies the object; it is not the object.
            if (g.Start < after || !clause.Contains(g.Start) || g == exclude || g.Agent)
            {
                continue;
            }

            if (g.Preposition >= 0 || g.IsSpeakerFor(after) || g.Start - after > MaxObjectDistance || !OnlyNounPhraseBetween(tokens, after, g.Start)
                || (modifiedNoun && (TriggerBetween(sentence, after, g.Start) || (g.Modifier && sentence.TriggerStartingAt(g.End) >= 0))))
            {
                return null;
            }

            return g;
        }

        return null;
    }

    /// <summary>Whether another trigger lies between <paramref name="after"/> and <paramref name="groupStart"/>.</summary>
    private static bool TriggerBetween(SentenceContext sentence, int after, int groupStart)
    {
        foreach (PhraseHit h in sentence.TriggerHits)
        {
            if (h.Start >= after && h.End <= groupStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For a contrast clause, the main clause it is set against; otherwise the clause itself.</summary>
    private static Clause ContrastedClause(SentenceContext sentence, Clause clause)
    {
        int main = clause.Opener == ClauseOpener.Contrast ? sentence.MainClauseBefore(sentence.ClauseIndexOf(clause.Start)) : -1;
        return main >= 0 ? sentence.Clauses[main] : clause;
    }

    /// <summary>
    /// "Russian crude oil": the actor modifying the trigger's noun phrase. The nearest one wins: in "Indian refiners bought
    /// Russian oil" the words between "Indian" and "oil" hold no function word, but "Russian" is the oil's modifier.
    /// </summary>
    private MentionGroup? Modifier(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerStart, MentionGroup? exclude)
    {
        MentionGroup? nearest = null;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g != exclude && g.Modifier && !g.Origin && !g.Agent && clause.Contains(g.Start) && g.End <= triggerStart && OnlyModifiersBetween(tokens, g.End, triggerStart))
            {
                nearest = g;
            }
        }

        return nearest;
    }

    /// <summary>"Chinese-made FK-3 missile systems": the maker named before a hyphen and an origin marker.</summary>
    private MentionGroup? Origin(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerStart, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            // The hyphen and the marker ("-made") are two tokens between the actor and the rest of the noun phrase.
            if (g != exclude && g.Origin && g.End + 2 <= triggerStart && OnlyModifiersBetween(tokens, g.End + 2, triggerStart))
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>"Qatari-brokered truce", "US-imposed sanctions": the agent joined by a hyphen to the participle the trigger starts with.</summary>
    private static MentionGroup? AgentCompound(SentenceContext sentence, int triggerStart)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Agent && g.End + 1 == triggerStart)
            {
                return g;
            }
        }

        return null;
    }

    private MentionGroup? PrepositionalObject(ReadOnlySpan<Token> tokens, SentenceContext sentence, Clause clause, int triggerStart, int triggerEnd, int preposition, MentionGroup? exclude)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start < triggerEnd || g == exclude || g.IsSpeakerFor(triggerStart) || !clause.Contains(g.Start))
            {
                continue;
            }

            // A trigger that ends in the preposition ("alignment with") governs the group right after it; an agent
            // preposition ending a verb ("stand by Iran") is a particle, not the agent's.
            bool ownPreposition = g.Start == triggerEnd && triggerEnd > triggerStart && tokens[triggerEnd - 1].Lemma == preposition
                && !_pack.Is(tokens[triggerEnd - 1], WordClass.AgentPreposition);
            if (g.Preposition == preposition || ownPreposition || (g.Preposition < 0 && PrepositionAfter(tokens, sentence, triggerEnd, g.Start) == preposition)
                || PrepositionBeforeCount(tokens, triggerEnd, g.Start) == preposition)
            {
                return Near(tokens, triggerEnd, g) || SharedBySeries(tokens, sentence, triggerEnd, g) ? g : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "voted against new sanctions on North Korea": the preposition that ends another trigger ("sanctions on") still
    /// governs the group after it for this trigger, when it lies after this trigger. -1 when there is none.
    /// </summary>
    private int PrepositionAfter(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerEnd, int groupStart)
    {
        int t = groupStart - 1;
        while (t > triggerEnd && groupStart - t <= 2 && _pack.Is(tokens[t], WordClass.Determiner))
        {
            t--;
        }

        return t >= triggerEnd && _pack.Is(tokens[t], WordClass.Preposition) && TriggerEndsAt(sentence, t + 1) ? tokens[t].Lemma : -1;
    }

    /// <summary>
    /// "sanctions on 20 Russian officials", "travel bans on the six Belarusian officials": the preposition before a counted
    /// noun phrase (a number or a word from the pack's <c>quantity-words</c>, and any determiner), which the mention itself
    /// does not record. -1 when the phrase holds no count or no preposition opens it.
    /// </summary>
    private int PrepositionBeforeCount(ReadOnlySpan<Token> tokens, int triggerEnd, int groupStart)
    {
        const int maxCountWords = 4;
        int t = groupStart - 1;
        bool counted = false;
        while (t >= triggerEnd && groupStart - t <= maxCountWords)
        {
            // A preposition can share a lemma family with a count word ("on", "one"): it is the preposition.
            bool preposition = _pack.Is(tokens[t], WordClass.Preposition);
            if (tokens[t].Kind == TokenKind.Number || (!preposition && _pack.Is(tokens[t], WordClass.QuantityWord)))
            {
                counted = true;
            }
            else if (preposition || !_pack.Is(tokens[t], WordClass.Determiner))
            {
                break;
            }

            t--;
        }

        // The preposition may be the trigger's own last word ("sanctions on").
        return counted && t >= triggerEnd - 1 && _pack.Is(tokens[t], WordClass.Preposition) && !_pack.Is(tokens[t], WordClass.Infinitive)
            ? tokens[t].Lemma
            : -1;
    }

    private static bool TriggerEndsAt(SentenceContext sentence, int end)
    {
        foreach (PhraseHit h in sentence.TriggerHits)
        {
            if (h.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Russian crude oil", "Chinese J-35 stealth fighter jets": up to four tokens of the noun phrase between a modifier and its noun.</summary>
    private bool OnlyModifiersBetween(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (end - start > MaxModifierGap)
        {
            return false;
        }

        const WordClass notModifier = WordClass.Preposition | WordClass.Coordinator | WordClass.ClauseBoundary | WordClass.Subordinator
            | WordClass.RelativePronoun | WordClass.Determiner | WordClass.Auxiliary | WordClass.Possessive | WordClass.Comma;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation ? !_pack.IsHyphen(tokens[t]) : _pack.Is(tokens[t], notModifier))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words between a verb and its object: no punctuation, coordinators, reflexives or clause words.</summary>
    private bool OnlyNounPhraseBetween(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            Token token = tokens[t];
            // A count right after the trigger belongs to the object's noun phrase: "designated 12 Russian entities" (but
            // not "shot down 40 Russian drones" after "air defences": there the count is a later verb's).
            bool objectCount = token.Kind == TokenKind.Number && t == start && t == end - 1;
            if ((!token.IsWord && !objectCount)
                || _pack.Is(token, WordClass.Coordinator | WordClass.ClauseBoundary | WordClass.Preposition | WordClass.Subordinator))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every actor of the sentence's groups, each once (not the excluded group's, nor a speaker's), as one group.</summary>
    private static MentionGroup? Parties(SentenceContext sentence, MentionGroup? exclude, int trigger)
    {
        int capacity = 0;
        foreach (MentionGroup g in sentence.Groups)
        {
            capacity += g.Actors.Length;
        }

        Span<int> actors = capacity <= 64 ? stackalloc int[capacity] : new int[capacity];
        int count = 0;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g == exclude || g.IsSpeakerFor(trigger))
            {
                continue;
            }

            foreach (int actor in g.Actors)
            {
                if (actors[..count].IndexOf(actor) < 0 && (exclude is null || Array.IndexOf(exclude.Actors, actor) < 0))
                {
                    actors[count++] = actor;
                }
            }
        }

        if (count == 0)
        {
            return null;
        }

        MentionGroup parties = sentence.RentGroup(sentence.TokenStart, sentence.TokenStart);
        parties.Actors = actors[..count].ToArray();
        return parties;
    }

    /// <summary>Within <see cref="MaxPrepositionDistance"/> tokens after the trigger, no comma between.</summary>
    private bool Near(ReadOnlySpan<Token> tokens, int triggerEnd, MentionGroup g)
    {
        if (g.Start - triggerEnd > MaxPrepositionDistance)
        {
            return false;
        }

        for (int t = triggerEnd; t < g.Start; t++)
        {
            if (_pack.Is(tokens[t], WordClass.Comma))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Russia has provided military support, signed comprehensive treaties, and integrated economic systems with
    /// Iran": a prepositional phrase closing a comma series of conjuncts ("…, and …") is shared by every conjunct
    /// before it, when no other actor stands between.
    /// </summary>
    private bool SharedBySeries(ReadOnlySpan<Token> tokens, SentenceContext sentence, int triggerEnd, MentionGroup g)
    {
        if (g.Start - triggerEnd > MaxSeriesDistance || GroupBetween(sentence, triggerEnd, g.Start))
        {
            return false;
        }

        int lastComma = -1;
        for (int t = triggerEnd; t < g.Start; t++)
        {
            if (_pack.Is(tokens[t], WordClass.Comma))
            {
                lastComma = t;
            }
        }

        return lastComma >= 0 && lastComma + 1 < g.Start && _pack.Is(tokens[lastComma + 1], WordClass.Coordinator)
            && _pack.Is(tokens[triggerEnd], WordClass.Comma);
    }

    private static bool GroupBetween(SentenceContext sentence, int start, int end)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start >= start && g.End <= end)
            {
                return true;
            }
        }

        return false;
    }
}
