using System.Collections.Frozen;
using System.Globalization;
using AllianceAnalysis.Boilerplate;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Packs;

/// <summary>
/// Merges packs in order (later packs add actors, rules and cues, and replace earlier actors, rules and relation
/// types with the same id) and compiles the result into a <see cref="CompiledPack"/>.
/// </summary>
internal static class PackCompiler
{
    // Punctuation the mechanisms need as forms (list commas, compound hyphens); every word comes from the pack.
    private static readonly string[] MechanismForms = [",", "-"];

    public static CompiledPack Compile(IReadOnlyList<RulePack> packs)
    {
        if (packs.Count == 0)
        {
            throw new RulePackException("(no packs)", 0, 0, "an analyzer needs at least one rule pack");
        }

        var merged = Merge(packs);
        var lexiconBuilder = new LexiconBuilder(merged.Irregular);

        // Pass 1: every word any phrase uses enters the lexicon (lemma families for triggers and cues).
        var splitterAbbreviations = merged.Text.Abbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var finalAbbreviations = merged.Text.FinalAbbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var allAbbreviations = merged.Text.Abbreviations.Concat(merged.Text.FinalAbbreviations).ToFrozenSet(StringComparer.Ordinal);
        var bootstrap = new Tokenizer(new LexiconBuilder(new Dictionary<string, string[]>()).Build(), allAbbreviations);
        foreach (string form in MechanismForms)
        {
            lexiconBuilder.AddForm(form);
        }

        foreach (var actor in merged.Actors)
        {
            foreach (string phrase in ActorPhrases(actor).Select(p => p.Phrase))
            {
                AddWords(phrase, bootstrap, w => lexiconBuilder.AddForm(w));
            }
        }

        foreach (var (kind, phrase) in merged.CuePhrases)
        {
            // Function words are matched as written: inflecting "not" would put "noted" in its family.
            // Auxiliaries are the exception: "be" must match "is" and "was" (irregular forms in the lexicon).
            if (kind != PhraseKind.Auxiliary && (IsFunctionWordList(kind) || (kind is PhraseKind.Negation or PhraseKind.Hypothesis && IsShortWord(phrase))))
            {
                AddWords(phrase, bootstrap, w => lexiconBuilder.AddForm(w));
            }
            else
            {
                AddWords(phrase, bootstrap, w => lexiconBuilder.AddLemma(w));
            }
        }

        foreach (string noun in merged.RelationTypes.Values.SelectMany(t => t.Anaphors))
        {
            AddWords(noun, bootstrap, w => lexiconBuilder.AddLemma(w));
        }

        foreach (var rule in merged.Rules)
        {
            foreach (string phrase in rule.Triggers.Concat(rule.Requires).Concat(rule.Forbids))
            {
                AddWords(phrase, bootstrap, w => lexiconBuilder.AddLemma(w));
            }

            foreach (string role in rule.Source.Concat(rule.Target))
            {
                if (!IsNamedRole(role))
                {
                    lexiconBuilder.AddForm(role);
                }
            }
        }

        Lexicon lexicon = lexiconBuilder.Build();
        var tokenizer = new Tokenizer(lexicon, allAbbreviations);
        var matcherBuilder = new PhraseMatcherBuilder(lexicon, tokenizer);
        var wordClasses = new WordClass[lexicon.Count];

        // Pass 2: compile phrases.
        var actors = new List<ActorInfo>();
        var people = new List<PersonInfo>();
        foreach (var (actor, source) in merged.ActorsWithSource)
        {
            int index = actors.Count;
            actors.Add(new ActorInfo(actor.Code, actor.Name, actor.Kind));
            foreach (var (phrase, kind, isPlace) in ActorPhrases(actor).Where(p => p.Kind != MentionKind.Person))
            {
                if (!matcherBuilder.Add(phrase, byLemma: false, new PhrasePayload(PhraseKind.Actor, index, kind, isPlace)))
                {
                    throw new RulePackException(source, 0, 0, $"actor {actor.Code}: the name '{phrase}' has no words");
                }
            }

            // A person with several offices has an entry per term: one PersonInfo per name, with every term.
            foreach (var terms in actor.People.GroupBy(p => p.Name, StringComparer.Ordinal))
            {
                int person = people.Count;
                people.Add(new PersonInfo(index, terms.Key, [.. terms.Select(t => (ParseDay(t.From), ParseDay(t.To)))]));
                foreach (string phrase in terms.SelectMany(t => t.Aliases.Prepend(t.Name)).Distinct(StringComparer.Ordinal))
                {
                    if (!matcherBuilder.Add(phrase, byLemma: false, new PhrasePayload(PhraseKind.Actor, index, MentionKind.Person, false, person)))
                    {
                        throw new RulePackException(source, 0, 0, $"actor {actor.Code}: the name '{phrase}' has no words");
                    }
                }
            }
        }

        foreach (var (kind, phrase) in merged.CuePhrases)
        {
            if (!IsWordClassOnly(kind))
            {
                matcherBuilder.Add(phrase, byLemma: true, new PhrasePayload(kind, -1));
            }

            int form = lexicon.FindAnyCase(phrase);
            if (form >= 0 && !phrase.Contains(' ', StringComparison.Ordinal))
            {
                wordClasses[form] |= ClassFor(kind);
                if (!IsFunctionWordList(kind))
                {
                    // Closed-class words are their own forms: "its" is a possessive pronoun, "it" is not.
                    MarkFamily(lexicon, wordClasses, form, ClassFor(kind));
                }
            }
        }

        MarkMechanismForms(lexicon, wordClasses);

        var relationTypes = merged.RelationTypes;
        var problems = new List<PackDiagnostic>(merged.Problems);
        var rules = new List<CompiledRule>();
        for (int r = 0; r < merged.RulesWithSource.Count; r++)
        {
            var (rule, source) = merged.RulesWithSource[r];
            var (pack, at) = merged.RuleOrigins[r];
            string path = $"rules/{at}";
            if (!relationTypes.TryGetValue(rule.Relation, out RelationTypeEntry? relationType))
            {
                problems.Add(MergedPacks.Problem(pack, $"{path}/relation", $"rule {rule.Id}: unknown relation type '{rule.Relation}'"));
                continue;
            }

            int index = rules.Count;
            rules.Add(new CompiledRule(
                rule.Id,
                rule.Relation,
                relationType.Symmetric,
                [.. rule.Source.Select(role => ParseRole(role, lexicon))],
                [.. rule.Target.Select(role => ParseRole(role, lexicon))],
                ContextLemmas(rule.Requires, lexicon, pack, $"{path}/requires", rule.Id, problems),
                ContextLemmas(rule.Forbids, lexicon, pack, $"{path}/forbids", rule.Id, problems),
                rule.Strength,
                merged.PackLabelOf[source]));
            for (int t = 0; t < rule.Triggers.Length; t++)
            {
                if (!matcherBuilder.Add(rule.Triggers[t], byLemma: true, new PhrasePayload(PhraseKind.Trigger, index)))
                {
                    problems.Add(MergedPacks.Problem(pack, $"{path}/triggers/{t}", $"rule {rule.Id}: the trigger '{rule.Triggers[t]}' cannot match (a gap needs words on both sides)"));
                }
            }
        }

        CheckTests(merged, actors, relationTypes, problems);
        if (problems.Count > 0)
        {
            throw new RulePackException(problems);
        }

        var coordinators = merged.CuePhrases
            .Where(c => c.Kind == PhraseKind.Coordinator && !c.Phrase.Contains(' ', StringComparison.Ordinal))
            .Select(c => lexicon.FindAnyCase(c.Phrase))
            .Where(f => f >= 0);

        return new CompiledPack
        {
            Lexicon = lexicon,
            Tokenizer = tokenizer,
            Matcher = matcherBuilder.Build(coordinators),
            Actors = actors,
            People = people,
            Rules = rules,
            RelationTypes = relationTypes,
            EventAnaphors = EventAnaphors(relationTypes, lexicon),
            WordClasses = wordClasses,
            SplitterLexicon = new SplitterLexicon(
                splitterAbbreviations,
                finalAbbreviations,
                merged.Text.SentenceStarters.ToFrozenSet(StringComparer.Ordinal),
                merged.Text.ContinuationWords.ToFrozenSet(StringComparer.Ordinal)),
            BoilerplateCues = new BoilerplateCues(merged.Boilerplate.SharePrompts, merged.Boilerplate.ProfileHeaders),
            Scoring = merged.Scoring,
            Tests = [.. merged.TestsWithOrigin.Select(t => (t.Test, t.Pack.ToString()))],
            Warnings = PackLinter.Lint(merged),
        };
    }

    /// <summary>Each relation type's anaphor nouns by lemma family: the relation types a noun can refer back to.</summary>
    private static FrozenDictionary<int, string[]> EventAnaphors(Dictionary<string, RelationTypeEntry> relationTypes, Lexicon lexicon)
    {
        var byLemma = new Dictionary<int, List<string>>();
        foreach (RelationTypeEntry type in relationTypes.Values)
        {
            foreach (string noun in type.Anaphors)
            {
                int lemma = lexicon.LemmaOf(lexicon.FindAnyCase(noun));
                if (lemma < 0)
                {
                    continue;
                }

                if (!byLemma.TryGetValue(lemma, out List<string>? relations))
                {
                    byLemma[lemma] = relations = [];
                }

                if (!relations.Contains(type.Id))
                {
                    relations.Add(type.Id);
                }
            }
        }

        return byLemma.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Lists only the word classes read (one token at a time): no phrase hits, so they never compete with cues.</summary>
    private static bool IsWordClassOnly(PhraseKind kind) => kind is PhraseKind.HolderVerb or PhraseKind.UndergoerWord or PhraseKind.AgreementNoun or PhraseKind.CollectiveWord or PhraseKind.ReactionVerb or PhraseKind.TitleNoun or PhraseKind.TransferVerb or PhraseKind.OriginMarker or PhraseKind.AgentMarker or PhraseKind.PlaceSuffix or PhraseKind.EventNoun or PhraseKind.QuantityWord
        or PhraseKind.MutualNoun or PhraseKind.AnaphorDeterminer;

    private static bool IsFunctionWordList(PhraseKind kind) => kind is PhraseKind.Determiner or PhraseKind.Preposition
        or PhraseKind.PlacePreposition or PhraseKind.Coordinator or PhraseKind.ClauseBoundary or PhraseKind.ContrastOpener or PhraseKind.SetExtension or PhraseKind.PreferenceMarker or PhraseKind.Subordinator
        or PhraseKind.RelativePronoun or PhraseKind.SingularPronoun or PhraseKind.FirstPersonPronoun or PhraseKind.PluralPronoun or PhraseKind.Reflexive
        or PhraseKind.Reciprocal or PhraseKind.QuestionAuxiliary or PhraseKind.Question or PhraseKind.NegationException
        or PhraseKind.PairModifier or PhraseKind.GroupAnaphor or PhraseKind.TimeExpression or PhraseKind.MotionPreposition
        or PhraseKind.InfinitiveMarker or PhraseKind.PossessiveMarker or PhraseKind.PossessivePronoun or PhraseKind.Complementizer
        or PhraseKind.PairPreposition or PhraseKind.AgentPreposition or PhraseKind.AnaphorDeterminer;

    /// <summary>A one-word negation or condition of three letters or fewer ("not", "no", "nor", "if") is a function word, not a lemma.</summary>
    private static bool IsShortWord(string phrase) => phrase.Length <= 3 && !phrase.Contains(' ', StringComparison.Ordinal);

    private static void MarkMechanismForms(Lexicon lexicon, WordClass[] classes) => Mark(lexicon, classes, ",", WordClass.Comma);

    private static void Mark(Lexicon lexicon, WordClass[] classes, string form, WordClass wordClass)
    {
        int id = lexicon.FindAnyCase(form);
        if (id >= 0)
        {
            classes[id] |= wordClass;
        }
    }

    /// <summary>Single-word function-word classes apply to every inflection of the word ("is" for "be").</summary>
    private static void MarkFamily(Lexicon lexicon, WordClass[] classes, int form, WordClass wordClass)
    {
        if (form < 0 || wordClass is WordClass.None)
        {
            return;
        }

        int lemma = lexicon.LemmaOf(form);
        for (int id = 0; id < classes.Length; id++)
        {
            if (lexicon.LemmaOf(id) == lemma)
            {
                classes[id] |= wordClass;
            }
        }
    }

    private static WordClass ClassFor(PhraseKind kind) => kind switch
    {
        PhraseKind.Preposition => WordClass.Preposition,
        PhraseKind.PlacePreposition => WordClass.PlacePreposition,
        PhraseKind.MotionPreposition => WordClass.MotionPreposition,
        PhraseKind.Determiner => WordClass.Determiner,
        PhraseKind.Coordinator => WordClass.Coordinator,
        PhraseKind.ClauseBoundary => WordClass.ClauseBoundary,
        PhraseKind.Subordinator => WordClass.Subordinator,
        PhraseKind.RelativePronoun => WordClass.RelativePronoun,
        PhraseKind.PlaceVerb => WordClass.PlaceVerb,
        PhraseKind.QuestionAuxiliary => WordClass.QuestionAuxiliary,
        PhraseKind.Auxiliary => WordClass.Auxiliary,
        PhraseKind.InfinitiveMarker => WordClass.Infinitive,
        PhraseKind.PossessiveMarker => WordClass.Possessive,
        PhraseKind.PossessivePronoun => WordClass.PossessivePronoun,
        PhraseKind.Complementizer => WordClass.Complementizer,
        PhraseKind.PairPreposition => WordClass.PairPreposition,
        PhraseKind.AgentPreposition => WordClass.AgentPreposition,
        PhraseKind.SpeakerNoun => WordClass.SpeakerNoun,
        PhraseKind.PurchaseVerb => WordClass.PurchaseVerb,
        PhraseKind.HolderVerb => WordClass.HolderVerb,
        PhraseKind.UndergoerWord => WordClass.UndergoerWord,
        PhraseKind.AgreementNoun => WordClass.AgreementNoun,
        PhraseKind.CollectiveWord => WordClass.CollectiveWord,
        PhraseKind.ReactionVerb => WordClass.ReactionVerb,
        PhraseKind.TitleNoun => WordClass.TitleNoun,
        PhraseKind.TransferVerb => WordClass.TransferVerb,
        PhraseKind.OriginMarker => WordClass.OriginMarker,
        PhraseKind.AgentMarker => WordClass.AgentMarker,
        PhraseKind.PlaceSuffix => WordClass.PlaceSuffix,
        PhraseKind.EventNoun => WordClass.EventNoun,
        PhraseKind.QuantityWord => WordClass.QuantityWord,
        PhraseKind.MutualNoun => WordClass.MutualNoun,
        PhraseKind.AnaphorDeterminer => WordClass.AnaphorDeterminer,
        _ => WordClass.None,
    };

    private static bool IsNamedRole(string role) => ArgumentRole.Names.Contains(role, StringComparer.Ordinal);

    /// <summary>Test cases may only name actors and relation types the loaded packs define.</summary>
    private static void CheckTests(MergedPacks merged, List<ActorInfo> actors, Dictionary<string, RelationTypeEntry> relationTypes, List<PackDiagnostic> problems)
    {
        var codes = actors.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (test, pack, index) in merged.TestsWithOrigin)
        {
            foreach (var (entries, section) in new[] { (test.Expect, "expect"), (test.Reject, "reject") })
            {
                for (int e = 0; e < entries.Length; e++)
                {
                    string path = $"tests/{index}/{section}/{e}";
                    ExpectedClaimEntry entry = entries[e];
                    foreach (var (code, field) in new[] { (entry.Source, "source"), (entry.Target, "target") })
                    {
                        if (!codes.Contains(code))
                        {
                            problems.Add(MergedPacks.Problem(pack, $"{path}/{field}", $"test case names unknown actor '{code}'"));
                        }
                    }

                    if (!relationTypes.ContainsKey(entry.Relation))
                    {
                        problems.Add(MergedPacks.Problem(pack, $"{path}/relation", $"test case names unknown relation type '{entry.Relation}'"));
                    }

                    if (entry.Polarity is not (null or "affirmed" or "negated"))
                    {
                        problems.Add(MergedPacks.Problem(pack, $"{path}/polarity", $"polarity must be affirmed or negated, not '{entry.Polarity}'"));
                    }

                    if (entry.Modality is not (null or "asserted" or "hedged" or "intended" or "hypothetical"))
                    {
                        problems.Add(MergedPacks.Problem(pack, $"{path}/modality", $"modality must be asserted, hedged, intended or hypothetical, not '{entry.Modality}'"));
                    }
                }
            }
        }
    }

    private static int[] ContextLemmas(string[] words, Lexicon lexicon, RulePack pack, string path, string ruleId, List<PackDiagnostic> problems)
    {
        var lemmas = new List<int>();
        for (int i = 0; i < words.Length; i++)
        {
            int lemma = words[i].Contains(' ', StringComparison.Ordinal) ? -1 : lexicon.LemmaOf(lexicon.FindAnyCase(words[i]));
            if (lemma < 0)
            {
                problems.Add(MergedPacks.Problem(pack, $"{path}/{i}", $"rule {ruleId}: context word '{words[i]}' must be a single word"));
            }
            else
            {
                lemmas.Add(lemma);
            }
        }

        return [.. lemmas];
    }

    private static ArgumentRole ParseRole(string role, Lexicon lexicon)
    {
        switch (role)
        {
            case "subject": return new ArgumentRole(RoleKind.Subject);
            case "passive-subject": return new ArgumentRole(RoleKind.PassiveSubject);
            case "buyer": return new ArgumentRole(RoleKind.Buyer);
            case "undergoer": return new ArgumentRole(RoleKind.Undergoer);
            case "condition": return new ArgumentRole(RoleKind.Condition);
            case "recipient": return new ArgumentRole(RoleKind.Recipient);
            case "object": return new ArgumentRole(RoleKind.Object);
            case "possessor": return new ArgumentRole(RoleKind.Possessor);
            case "modifier": return new ArgumentRole(RoleKind.Modifier);
            case "origin": return new ArgumentRole(RoleKind.Origin);
            case "agent": return new ArgumentRole(RoleKind.Agent);
            case "event": return new ArgumentRole(RoleKind.Event);
            case "inside": return new ArgumentRole(RoleKind.Inside);
            case "apposition": return new ArgumentRole(RoleKind.Apposition);
            case "parties": return new ArgumentRole(RoleKind.Parties);
            case "other": return new ArgumentRole(RoleKind.Other);
            case "complement": return new ArgumentRole(RoleKind.Complement);
            case "threatened": return new ArgumentRole(RoleKind.Threatened);
            default:
                // PackValidator has already refused anything but a named role or one lower-case word.
                return new ArgumentRole(RoleKind.Preposition, lexicon.LemmaOf(lexicon.FindAnyCase(role)));
        }
    }

    private static void AddWords(string phrase, Tokenizer tokenizer, Action<string> add)
    {
        var tokens = new List<Token>();
        foreach (string part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == PhraseMatcherBuilder.GapWord)
            {
                continue;
            }

            tokens.Clear();
            tokenizer.Tokenize(part, 0, part.Length, tokens);
            foreach (Token token in tokens)
            {
                add(part[token.Start..token.End]);
            }
        }
    }

    private static IEnumerable<(string Phrase, MentionKind Kind, bool IsPlace)> ActorPhrases(ActorEntry actor)
    {
        foreach (string name in actor.Names)
        {
            yield return (name, MentionKind.Name, false);
        }

        foreach (string demonym in actor.Demonyms)
        {
            yield return (demonym, MentionKind.Demonym, false);
        }

        foreach (string capital in actor.Capitals)
        {
            // Capitals are metonyms only when not used as a place; MentionTagger decides from the context.
            yield return (capital, MentionKind.Metonym, true);
        }

        foreach (string city in actor.Cities)
        {
            yield return (city, MentionKind.Metonym, true);
        }

        foreach (string metonym in actor.Metonyms)
        {
            yield return (metonym, MentionKind.Metonym, false);
        }

        foreach (string institution in actor.Institutions)
        {
            yield return (institution, MentionKind.Institution, false);
        }

        foreach (string description in actor.Descriptions)
        {
            // An anaphor: MentionTagger keeps it only when the actor was named recently.
            yield return (description, MentionKind.Anaphor, false);
        }

        foreach (PersonEntry person in actor.People)
        {
            yield return (person.Name, MentionKind.Person, false);
            foreach (string alias in person.Aliases)
            {
                yield return (alias, MentionKind.Person, false);
            }
        }
    }

    private static MergedPacks Merge(IReadOnlyList<RulePack> packs) => MergedPacks.From(packs);

    /// <summary>A validated <c>YYYY-MM-DD</c> date, or null when absent.</summary>
    private static DateOnly? ParseDay(string? day) =>
        day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
