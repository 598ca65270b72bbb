using System.Globalization;

namespace AllianceAnalysis.Packs;

/// <summary>
/// Checks one pack on its own, after it deserialised: duplicate ids, empty triggers, strengths outside [0, 1],
/// unknown argument roles, bad dates and overlapping terms for one role. Checks that need every loaded pack
/// (unknown relation types, unknown codes in test cases, triggers that cannot match) run when packs are compiled.
/// </summary>
internal static class PackValidator
{
    public static void Validate(PackDocument pack, PackPositions positions, string source)
    {
        var errors = new List<PackDiagnostic>();
        void Error(string path, string message)
        {
            var (line, column) = positions.Of(path);
            errors.Add(new PackDiagnostic(source, line, column, message));
        }

        CheckUnique(pack.RelationTypes.Select(r => r.Id), "relation-types", "relation type", Error);
        CheckUnique(pack.Actors.Select(a => a.Code), "actors", "actor code", Error);
        CheckUnique(pack.Rules.Select(r => r.Id), "rules", "rule id", Error);
        for (int i = 0; i < pack.RelationTypes.Length; i++)
        {
            CheckSingleWords(pack.RelationTypes[i].Anaphors, $"relation-types/{i}/anaphors", $"relation type {pack.RelationTypes[i].Id}: anaphor", Error);
        }

        CheckSingleWords(pack.Cues.AnaphorDeterminers, "cues/anaphor-determiners", "anaphor determiner", Error);
        CheckSingleWords(pack.Cues.UndergoerWords, "cues/undergoer-words", "undergoer word", Error);
        CheckSingleWords(pack.Cues.AgreementNouns, "cues/agreement-nouns", "agreement noun", Error);
        CheckSingleWords(pack.Cues.CollectiveWords, "cues/collective-words", "collective word", Error);
        CheckSingleWords(pack.Cues.ReactionVerbs, "cues/reaction-verbs", "reaction verb", Error);
        CheckSingleWords(pack.Cues.TitleNouns, "cues/title-nouns", "title noun", Error);
        CheckSingleWords(pack.Cues.TransferVerbs, "cues/transfer-verbs", "transfer verb", Error);

        for (int i = 0; i < pack.Rules.Length; i++)
        {
            RuleEntry rule = pack.Rules[i];
            string path = $"rules/{i}";
            if (rule.Triggers.Length == 0)
            {
                Error($"{path}/triggers", $"rule {rule.Id}: no triggers");
            }

            for (int t = 0; t < rule.Triggers.Length; t++)
            {
                if (string.IsNullOrWhiteSpace(rule.Triggers[t]))
                {
                    Error($"{path}/triggers/{t}", $"rule {rule.Id}: empty trigger");
                }
            }

            if (rule.Strength is < 0 or > 1 || double.IsNaN(rule.Strength))
            {
                Error($"{path}/strength", $"rule {rule.Id}: strength {rule.Strength.ToString(CultureInfo.InvariantCulture)} is outside [0, 1]");
            }

            CheckRoles(rule.Source, $"{path}/source", rule.Id, Error);
            CheckRoles(rule.Target, $"{path}/target", rule.Id, Error);
            if (rule.Source.Length == 0)
            {
                Error($"{path}/source", $"rule {rule.Id}: no source roles");
            }

            if (rule.Target.Length == 0)
            {
                Error($"{path}/target", $"rule {rule.Id}: no target roles");
            }
        }

        for (int a = 0; a < pack.Actors.Length; a++)
        {
            CheckPeople(pack.Actors[a], $"actors/{a}", Error);
            CheckDescriptions(pack.Actors[a], $"actors/{a}", Error);
        }

        if (errors.Count > 0)
        {
            throw new RulePackException(errors);
        }
    }

    /// <summary>Event-anaphor nouns and their determiners are read one token at a time: each must be one word.</summary>
    private static void CheckSingleWords(string[] words, string path, string what, Action<string, string> error)
    {
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i].Trim();
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal) || word.Contains('-', StringComparison.Ordinal))
            {
                error($"{path}/{i}", $"{what} '{words[i]}' must be a single word");
            }
        }
    }

    private static void CheckUnique(IEnumerable<string> ids, string section, string what, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (string id in ids)
        {
            if (!seen.Add(id))
            {
                error($"{section}/{index}", $"duplicate {what} '{id}'");
            }

            index++;
        }
    }

    private static void CheckRoles(string[] roles, string path, string ruleId, Action<string, string> error)
    {
        for (int i = 0; i < roles.Length; i++)
        {
            string role = roles[i];
            bool preposition = role.Length > 0 && role.All(char.IsAsciiLetterLower);
            if (!ArgumentRole.Names.Contains(role, StringComparer.Ordinal) && !preposition)
            {
                error($"{path}/{i}", $"rule {ruleId}: unknown role '{role}' (a named role or one preposition)");
            }
        }
    }

    /// <summary>A description is a definite noun phrase: "the" and at least one more word ("the alliance").</summary>
    private static void CheckDescriptions(ActorEntry actor, string path, Action<string, string> error)
    {
        for (int d = 0; d < actor.Descriptions.Length; d++)
        {
            string[] words = (actor.Descriptions[d] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || words.Contains("..."))
            {
                error($"{path}/descriptions/{d}", $"actor {actor.Code}: description '{actor.Descriptions[d]}' is not a definite noun phrase ('the' and a noun, no gap)");
            }
        }
    }

    private static void CheckPeople(ActorEntry actor, string path, Action<string, string> error)
    {
        var terms = new List<(string Role, DateOnly From, DateOnly To, int Index)>();
        for (int p = 0; p < actor.People.Length; p++)
        {
            PersonEntry person = actor.People[p];
            string personPath = $"{path}/people/{p}";
            DateOnly from = DateOnly.MinValue;
            DateOnly to = DateOnly.MaxValue;
            if (person.From is not null && !TryDate(person.From, out from))
            {
                error($"{personPath}/from", $"actor {actor.Code}: {person.Name}: '{person.From}' is not a date (YYYY-MM-DD)");
                continue;
            }

            if (person.To is not null && !TryDate(person.To, out to))
            {
                error($"{personPath}/to", $"actor {actor.Code}: {person.Name}: '{person.To}' is not a date (YYYY-MM-DD)");
                continue;
            }

            if (to < from)
            {
                error($"{personPath}/to", $"actor {actor.Code}: {person.Name}: the term ends ({person.To}) before it starts ({person.From})");
                continue;
            }

            if (person.Role.Length == 0)
            {
                continue;
            }

            foreach (var other in terms.Where(t => t.Role == person.Role && t.From < to && from < t.To))
            {
                PersonEntry earlier = actor.People[other.Index];
                error($"{personPath}/from", $"actor {actor.Code}: {person.Name} and {earlier.Name} hold the role '{person.Role}' over overlapping dates");
            }

            terms.Add((person.Role, from, to, p));
        }
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>A problem or warning about a rule pack: the file, where in it, and what is wrong.</summary>
/// <param name="File">The pack file (or embedded resource name).</param>
/// <param name="Line">1-based line, or 0 when the problem has no position.</param>
/// <param name="Column">1-based column, or 0 when the problem has no position.</param>
/// <param name="Message">What is wrong; warnings start with <c>warning:</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PackDiagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>The diagnostic as <c>file(line,column): message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): {Message}" : $"{File}: {Message}";
}
