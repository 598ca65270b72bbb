using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Packs;

/// <summary>
/// The union of several packs' data, in load order: later actors, rules and relation types replace earlier ones
/// with the same id; cue, text and boilerplate lists are concatenated.
/// </summary>
internal sealed class MergedPacks
{
    public List<ActorEntry> Actors { get; } = [];

    public List<(ActorEntry Actor, string Source)> ActorsWithSource { get; } = [];

    /// <summary>Where each merged actor came from, parallel to <see cref="ActorsWithSource"/>.</summary>
    public List<(RulePack Pack, int Index)> ActorOrigins { get; } = [];

    /// <summary>Where each relation type was (last) defined.</summary>
    public Dictionary<string, (RulePack Pack, int Index)> RelationTypeOrigins { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each merged rule came from: its pack and its index in that pack's <c>rules</c>.</summary>
    public List<(RulePack Pack, int Index)> RuleOrigins { get; } = [];

    /// <summary>Every pack's test cases with their pack and index, for positions in error messages.</summary>
    public List<(PackTestEntry Test, RulePack Pack, int Index)> TestsWithOrigin { get; } = [];

    /// <summary>Problems found while merging (e.g. disabling an id no earlier pack defines).</summary>
    public List<PackDiagnostic> Problems { get; } = [];

    public List<RuleEntry> Rules { get; } = [];

    public List<(RuleEntry Rule, string Source)> RulesWithSource { get; } = [];

    public Dictionary<string, RelationTypeEntry> RelationTypes { get; } = new(StringComparer.Ordinal);

    public List<(PhraseKind Kind, string Phrase)> CuePhrases { get; } = [];

    public Dictionary<string, string[]> Irregular { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> PackLabelOf { get; } = new(StringComparer.Ordinal);

    public TextEntry Text { get; private set; } = new();

    public BoilerplateEntry Boilerplate { get; private set; } = new();

    public ScoringFactors Scoring { get; private set; } = new(1.0, 0.6, 0.7, 0.3, 0.85);

    public List<PackTestEntry> Tests { get; } = [];

    public static MergedPacks From(IReadOnlyList<RulePack> packs)
    {
        var merged = new MergedPacks();
        var actorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (RulePack pack in packs)
        {
            PackDocument doc = pack.Document;
            merged.PackLabelOf[pack.Source] = pack.ToString();
            for (int t = 0; t < doc.RelationTypes.Length; t++)
            {
                merged.RelationTypes[doc.RelationTypes[t].Id] = doc.RelationTypes[t];
                merged.RelationTypeOrigins[doc.RelationTypes[t].Id] = (pack, t);
            }

            for (int a = 0; a < doc.Actors.Length; a++)
            {
                ActorEntry actor = doc.Actors[a];
                if (actorIndex.TryGetValue(actor.Code, out int at))
                {
                    merged.ActorsWithSource[at] = (actor, pack.Source);
                    merged.ActorOrigins[at] = (pack, a);
                }
                else
                {
                    actorIndex[actor.Code] = merged.ActorsWithSource.Count;
                    merged.ActorsWithSource.Add((actor, pack.Source));
                    merged.ActorOrigins.Add((pack, a));
                }
            }

            for (int r = 0; r < doc.Rules.Length; r++)
            {
                RuleEntry rule = doc.Rules[r];
                if (ruleIndex.TryGetValue(rule.Id, out int at))
                {
                    merged.RulesWithSource[at] = (rule, pack.Source);
                    merged.RuleOrigins[at] = (pack, r);
                }
                else
                {
                    ruleIndex[rule.Id] = merged.RulesWithSource.Count;
                    merged.RulesWithSource.Add((rule, pack.Source));
                    merged.RuleOrigins.Add((pack, r));
                }
            }

            Disable(merged, pack, actorIndex, ruleIndex);

            foreach ((string lemma, string[] forms) in doc.Lexicon.Irregular)
            {
                merged.Irregular[lemma] = merged.Irregular.TryGetValue(lemma, out string[]? existing) ? [.. existing, .. forms] : forms;
            }

            AddCues(merged.CuePhrases, doc.Cues);
            merged.Text = new TextEntry
            {
                Abbreviations = [.. merged.Text.Abbreviations, .. doc.Text.Abbreviations],
                FinalAbbreviations = [.. merged.Text.FinalAbbreviations, .. doc.Text.FinalAbbreviations],
                SentenceStarters = [.. merged.Text.SentenceStarters, .. doc.Text.SentenceStarters],
                ContinuationWords = [.. merged.Text.ContinuationWords, .. doc.Text.ContinuationWords],
            };
            merged.Boilerplate = new BoilerplateEntry
            {
                SharePrompts = [.. merged.Boilerplate.SharePrompts, .. doc.Boilerplate.SharePrompts],
                ProfileHeaders = [.. merged.Boilerplate.ProfileHeaders, .. doc.Boilerplate.ProfileHeaders],
            };
            if (doc.Scoring is { } scoring)
            {
                merged.Scoring = MergeScoring(merged.Scoring, scoring, pack.Source);
            }

            merged.Tests.AddRange(doc.Tests);
            for (int t = 0; t < doc.Tests.Length; t++)
            {
                merged.TestsWithOrigin.Add((doc.Tests[t], pack, t));
            }
        }

        // Disabled entries were set to null placeholders; drop them now that every index is final.
        for (int i = merged.RulesWithSource.Count - 1; i >= 0; i--)
        {
            if (merged.RulesWithSource[i].Rule is null)
            {
                merged.RulesWithSource.RemoveAt(i);
                merged.RuleOrigins.RemoveAt(i);
            }
        }

        for (int i = merged.ActorsWithSource.Count - 1; i >= 0; i--)
        {
            if (merged.ActorsWithSource[i].Actor is null)
            {
                merged.ActorsWithSource.RemoveAt(i);
                merged.ActorOrigins.RemoveAt(i);
            }
        }

        merged.Actors.AddRange(merged.ActorsWithSource.Select(a => a.Actor));
        merged.Rules.AddRange(merged.RulesWithSource.Select(r => r.Rule));
        return merged;
    }

    /// <summary>A later pack turns off earlier actors and rules by id (<c>disable: {rules: [...], actors: [...]}</c>).</summary>
    private static void Disable(MergedPacks merged, RulePack pack, Dictionary<string, int> actorIndex, Dictionary<string, int> ruleIndex)
    {
        DisableEntry disable = pack.Document.Disable;
        DisableIds(merged, pack, disable.Rules, ruleIndex, "rules", "rule", at => merged.RulesWithSource[at] = (null!, pack.Source));
        DisableIds(merged, pack, disable.Actors, actorIndex, "actors", "actor", at => merged.ActorsWithSource[at] = (null!, pack.Source));
    }

    private static void DisableIds(MergedPacks merged, RulePack pack, string[] ids, Dictionary<string, int> index, string section, string what, Action<int> clear)
    {
        for (int i = 0; i < ids.Length; i++)
        {
            if (index.Remove(ids[i], out int at))
            {
                clear(at);
            }
            else
            {
                merged.Problems.Add(Problem(pack, $"disable/{section}/{i}", $"cannot disable {what} '{ids[i]}': no earlier pack defines it"));
            }
        }
    }

    public static PackDiagnostic Problem(RulePack pack, string path, string message)
    {
        var (line, column) = pack.Positions.Of(path);
        return new PackDiagnostic(pack.Source, line, column, message);
    }

    private static ScoringFactors MergeScoring(ScoringFactors current, ScoringEntry entry, string source)
    {
        double Get(string key, double fallback)
        {
            if (!entry.Modality.TryGetValue(key, out double value))
            {
                return fallback;
            }

            return value is >= 0 and <= 1 ? value : throw new RulePackException(source, 0, 0, $"scoring: modality factor '{key}' is outside [0, 1]");
        }

        foreach (string key in entry.Modality.Keys)
        {
            if (key is not ("asserted" or "hedged" or "intended" or "hypothetical"))
            {
                throw new RulePackException(source, 0, 0, $"scoring: unknown modality '{key}'");
            }
        }

        return new ScoringFactors(
            Get("asserted", current.Asserted),
            Get("hedged", current.Hedged),
            Get("intended", current.Intended),
            Get("hypothetical", current.Hypothetical),
            entry.Anaphor is >= 0 and <= 1 ? entry.Anaphor : throw new RulePackException(source, 0, 0, "scoring: anaphor factor is outside [0, 1]"));
    }

    private static void AddCues(List<(PhraseKind, string)> cues, CueEntry entry)
    {
        void Add(PhraseKind kind, string[] phrases)
        {
            foreach (string phrase in phrases)
            {
                cues.Add((kind, phrase));
            }
        }

        Add(PhraseKind.Negation, entry.Negation);
        Add(PhraseKind.Denial, entry.Denial);
        Add(PhraseKind.Rebuttal, entry.Rebuttals);
        Add(PhraseKind.NegationException, entry.NegationExceptions);
        Add(PhraseKind.NegativeHedge, entry.NegativeHedge);
        Add(PhraseKind.PreferenceVerb, entry.PreferenceVerbs);
        Add(PhraseKind.PreferenceMarker, entry.PreferenceMarkers);
        Add(PhraseKind.LimitingPredicate, entry.LimitingPredicates);
        Add(PhraseKind.Hedge, entry.Hedge);
        Add(PhraseKind.Intention, entry.Intention);
        Add(PhraseKind.Hypothesis, entry.Hypothesis);
        Add(PhraseKind.Threat, entry.Threats);
        Add(PhraseKind.Comparison, entry.Comparisons);
        Add(PhraseKind.Question, entry.Question);
        Add(PhraseKind.TopicMarker, entry.TopicMarkers);
        Add(PhraseKind.QuestionAuxiliary, entry.QuestionAuxiliaries);
        Add(PhraseKind.Directive, entry.Directive);
        Add(PhraseKind.Attribution, entry.Attribution);
        Add(PhraseKind.AttributionIntro, entry.AttributionIntro);
        Add(PhraseKind.ClauseBoundary, entry.ClauseBoundaries);
        Add(PhraseKind.ContrastOpener, entry.ContrastOpeners);
        Add(PhraseKind.SetExtension, entry.SetExtensions);
        Add(PhraseKind.Subordinator, entry.Subordinators);
        Add(PhraseKind.RelativePronoun, entry.RelativePronouns);
        Add(PhraseKind.Coordinator, entry.Coordinators);
        Add(PhraseKind.Preposition, entry.Prepositions);
        Add(PhraseKind.PlacePreposition, entry.PlacePrepositions);
        Add(PhraseKind.MotionPreposition, entry.MotionPrepositions);
        Add(PhraseKind.PlaceVerb, entry.PlaceVerbs);
        Add(PhraseKind.Auxiliary, entry.Auxiliaries);
        Add(PhraseKind.InfinitiveMarker, entry.InfinitiveMarkers);
        Add(PhraseKind.PossessiveMarker, entry.PossessiveMarkers);
        Add(PhraseKind.PossessivePronoun, entry.PossessivePronouns);
        Add(PhraseKind.Complementizer, entry.Complementizers);
        Add(PhraseKind.PairPreposition, entry.PairPrepositions);
        Add(PhraseKind.AgentPreposition, entry.AgentPrepositions);
        Add(PhraseKind.SpeakerNoun, entry.SpeakerNouns);
        Add(PhraseKind.PurchaseVerb, entry.PurchaseVerbs);
        Add(PhraseKind.HolderVerb, entry.HolderVerbs);
        Add(PhraseKind.UndergoerWord, entry.UndergoerWords);
        Add(PhraseKind.AgreementNoun, entry.AgreementNouns);
        Add(PhraseKind.CollectiveWord, entry.CollectiveWords);
        Add(PhraseKind.ReactionVerb, entry.ReactionVerbs);
        Add(PhraseKind.TitleNoun, entry.TitleNouns);
        Add(PhraseKind.TransferVerb, entry.TransferVerbs);
        Add(PhraseKind.OriginMarker, entry.OriginMarkers);
        Add(PhraseKind.AgentMarker, entry.AgentMarkers);
        Add(PhraseKind.PlaceSuffix, entry.PlaceSuffixes);
        Add(PhraseKind.EventNoun, entry.EventNouns);
        Add(PhraseKind.MutualNoun, entry.MutualNouns);
        Add(PhraseKind.AnaphorDeterminer, entry.AnaphorDeterminers);
        Add(PhraseKind.QuantityWord, entry.QuantityWords);
        Add(PhraseKind.Determiner, entry.Determiners);
        Add(PhraseKind.SingularPronoun, entry.SingularPronouns);
        Add(PhraseKind.FirstPersonPronoun, entry.FirstPersonPronouns);
        Add(PhraseKind.PluralPronoun, entry.PluralPronouns);
        Add(PhraseKind.GroupAnaphor, entry.GroupAnaphors);
        Add(PhraseKind.PairModifier, entry.PairModifiers);
        Add(PhraseKind.Reciprocal, entry.Reciprocals);
        Add(PhraseKind.ExchangeVerb, entry.ExchangeVerbs);
        Add(PhraseKind.Reflexive, entry.Reflexives);
        Add(PhraseKind.InstitutionNoun, entry.InstitutionNouns);
        Add(PhraseKind.TimeExpression, entry.TimeExpressions);
    }
}
