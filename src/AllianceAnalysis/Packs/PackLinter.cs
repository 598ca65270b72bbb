using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Packs;

/// <summary>
/// Warnings about packs that load but may not do what their author means: an alias that names two actors, a
/// trigger written in two rules, a relation type that no test case covers.
/// </summary>
internal static class PackLinter
{
    public static IReadOnlyList<PackDiagnostic> Lint(MergedPacks merged)
    {
        var warnings = new List<PackDiagnostic>();

        // An alias that names two actors makes every mention of it ambiguous; the first actor wins.
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < merged.ActorsWithSource.Count; i++)
        {
            ActorEntry actor = merged.ActorsWithSource[i].Actor;
            var (pack, index) = merged.ActorOrigins[i];
            foreach (string name in actor.Names.Concat(actor.Demonyms).Concat(actor.Capitals).Concat(actor.Cities).Concat(actor.Metonyms)
                .Concat(actor.Institutions).Concat(actor.People.SelectMany(p => p.Aliases.Prepend(p.Name))).Distinct(StringComparer.Ordinal))
            {
                if (owner.TryGetValue(name, out string? first) && first != actor.Code)
                {
                    warnings.Add(MergedPacks.Problem(pack, $"actors/{index}", $"warning: '{name}' names both {first} and {actor.Code}"));
                }
                else
                {
                    owner[name] = actor.Code;
                }
            }
        }

        // The same trigger in two rules fires both; usually one of them is a mistake.
        var triggerOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int r = 0; r < merged.RulesWithSource.Count; r++)
        {
            RuleEntry rule = merged.RulesWithSource[r].Rule;
            var (pack, index) = merged.RuleOrigins[r];
            for (int t = 0; t < rule.Triggers.Length; t++)
            {
                string key = Lexicon.Normalize(rule.Triggers[t]);
                if (triggerOwner.TryGetValue(key, out string? first) && first != rule.Id)
                {
                    warnings.Add(MergedPacks.Problem(pack, $"rules/{index}/triggers/{t}", $"warning: trigger '{rule.Triggers[t]}' of rule {rule.Id} is also a trigger of rule {first}"));
                }
                else
                {
                    triggerOwner[key] = rule.Id;
                }
            }
        }

        // A relation type without a test case has nothing guarding its rules.
        var tested = merged.Tests.SelectMany(t => t.Expect).Select(e => e.Relation).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, (pack, index)) in merged.RelationTypeOrigins)
        {
            if (!tested.Contains(id))
            {
                warnings.Add(MergedPacks.Problem(pack, $"relation-types/{index}", $"warning: relation type '{id}' has no test case that expects it"));
            }
        }

        return warnings;
    }
}
