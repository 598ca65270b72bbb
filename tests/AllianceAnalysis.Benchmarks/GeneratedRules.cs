using System.Globalization;
using System.Text;

namespace AllianceAnalysis.Benchmarks;

/// <summary>One generated rule: a unique id, an existing relation type of the default pack, and its trigger phrases.</summary>
/// <param name="Id">The rule id, e.g. <c>generated/0001-trade</c>.</param>
/// <param name="Relation">A relation type of the default pack.</param>
/// <param name="Triggers">Three to five multi-word trigger phrases, lemmas separated by single spaces.</param>
internal sealed record GeneratedRule(string Id, string Relation, string[] Triggers);

/// <summary>
/// Generates synthetic but plausible relation rules for <see cref="RuleScalingBenchmarks"/>: triggers of two or
/// three real English news words ("regional grain terminal", "expand fertilizer"), drawn from an embedded word list
/// with a seeded <see cref="Random"/>, so every run and both rule counts see the same rules. Rule <c>i</c> is the
/// same whatever the number of rules generated, so a smaller set is always a prefix of a larger one.
/// </summary>
internal static class GeneratedRules
{
    private const int Seed = 20240611;

    // Symmetric relation types of the default pack that share the roles written below.
    private static readonly string[] Relations = ["trade", "financial", "military-cooperation"];

    // 100 adjectives, 120 nouns and 80 verbs common in news copy, none of them a word of the default pack's
    // triggers or cues, so the generated rules add vocabulary and trie paths without changing what the default
    // rules and cues match.
    private static readonly string[] Adjectives =
    [
        "regional", "nationwide", "federal", "provincial", "municipal", "fiscal", "industrial", "commercial",
        "technological", "digital", "agricultural", "maritime", "northern", "southern", "eastern", "western", "annual",
        "quarterly", "monthly", "major", "modern", "rapid", "gradual", "direct", "overseas", "domestic", "public",
        "private", "senior", "coastal", "rural", "urban", "remote", "stable", "volatile", "flexible", "preferential",
        "logistical", "scientific", "academic", "cultural", "medical", "educational", "environmental", "sustainable",
        "renewable", "electric", "thermal", "mechanical", "pharmaceutical", "automotive", "heavy", "raw", "refined",
        "processed", "frozen", "seasonal", "temporary", "permanent", "additional", "initial", "previous", "current",
        "upcoming", "extended", "integrated", "unified", "standard", "special", "pilot", "experimental", "competitive",
        "affordable", "efficient", "reliable", "transparent", "broad", "vast", "busy", "landlocked", "northeastern",
        "southwestern", "bulk", "wholesale", "retail", "interim", "preliminary", "formal", "informal", "extensive",
        "seaborne", "inland", "offshore", "onshore", "upstream", "downstream", "petrochemical", "continental",
        "intercity", "agrarian"
    ];

    private static readonly string[] Nouns =
    [
        "economy", "market", "border", "region", "policy", "reform", "budget", "agency", "company", "industry",
        "sector", "project", "program", "investment", "infrastructure", "railway", "highway", "port", "shipment",
        "cargo", "grain", "wheat", "fertilizer", "steel", "copper", "aluminium", "timber", "machinery", "equipment",
        "vehicle", "engine", "component", "software", "satellite", "network", "telecom", "cable", "lender", "loan",
        "credit", "bond", "reserve", "inflation", "revenue", "debt", "deficit", "surplus", "growth", "production",
        "factory", "farm", "harvest", "fishery", "mining", "mineral", "metal", "medicine", "vaccine", "hospital",
        "university", "scholarship", "tourism", "visa", "passport", "customs", "warehouse", "container", "freight",
        "tanker", "fleet", "airline", "airport", "route", "station", "terminal", "bridge", "tunnel", "reservoir",
        "electricity", "grid", "hydrogen", "coal", "fuel", "lumber", "textile", "fabric", "cotton", "sugar", "fruit",
        "vegetable", "dairy", "meat", "poultry", "fish", "rice", "barley", "corn", "tobacco", "tea", "coffee",
        "pharmacy", "clinic", "laboratory", "research", "innovation", "startup", "exchange", "auction", "tender",
        "contract", "license", "quota", "subsidy", "levy", "tax", "duty", "rebate", "incentive", "zone", "hub"
    ];

    private static readonly string[] Verbs =
    [
        "expand", "boost", "increase", "reduce", "finance", "invest", "launch", "develop", "upgrade", "modernize",
        "restore", "establish", "extend", "deepen", "strengthen", "finalize", "negotiate", "discuss", "review",
        "approve", "ratify", "implement", "coordinate", "integrate", "connect", "streamline", "simplify", "accelerate",
        "diversify", "double", "resume", "suspend", "renew", "revise", "harmonize", "standardize", "digitize",
        "insure", "subsidize", "lease", "purchase", "acquire", "transport", "dispatch", "install", "operate",
        "sustain", "monitor", "inspect", "certify", "register", "authorize", "promote", "attract", "convene",
        "organize", "fund", "allocate", "distribute", "process", "refine", "produce", "manufacture", "assemble",
        "repair", "design", "test", "train", "recruit", "furnish", "reopen", "relaunch", "expedite", "liberalize",
        "reinforce", "broaden", "enlarge", "refurbish", "overhaul", "retrofit"
    ];

    // Sentences that state a generated trigger between two actors of the default pack, one per role the rules use.
    private static readonly string[] Templates =
    [
        "{0} and {1} agreed on {2} on Tuesday.",
        "{0}'s {2} with {1} grew sharply last year.",
        "Talks between {0} and {1} focused on {2}.",
        "{0} raised {2} with {1}, officials said.",
    ];

    private static readonly (string A, string B)[] Pairs =
    [
        ("Russia", "Iran"), ("China", "Russia"), ("India", "Iran"), ("Turkey", "Azerbaijan"), ("Belarus", "Russia"), ("Kazakhstan", "China"),
    ];

    /// <summary>The number of words the triggers are drawn from.</summary>
    public static int VocabularySize => Adjectives.Length + Nouns.Length + Verbs.Length;

    /// <summary>Generates <paramref name="count"/> rules with unique ids and unique triggers.</summary>
    public static IReadOnlyList<GeneratedRule> Generate(int count)
    {
        var random = new Random(Seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<GeneratedRule>(count);
        for (int i = 0; i < count; i++)
        {
            string relation = Relations[i % Relations.Length];
            var triggers = new string[3 + random.Next(3)];
            for (int t = 0; t < triggers.Length; t++)
            {
                string phrase;
                do
                {
                    phrase = Phrase(random);
                }
                while (HasRepeatedWord(phrase) || !seen.Add(phrase));
                triggers[t] = phrase;
            }

            rules.Add(new GeneratedRule(string.Create(CultureInfo.InvariantCulture, $"generated/{i + 1:D4}-{relation}"), relation, triggers));
        }

        return rules;
    }

    /// <summary>The rules as a pack <c>generated@1.0.0</c>, in the default pack's schema.</summary>
    public static string ToYaml(IEnumerable<GeneratedRule> rules)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("pack:");
        yaml.AppendLine("  id: generated");
        yaml.AppendLine("  version: 1.0.0");
        yaml.AppendLine("  description: Synthetic rules for the rule-scaling benchmark.");
        yaml.AppendLine();
        yaml.AppendLine("rules:");
        foreach (GeneratedRule rule in rules)
        {
            yaml.Append("  - id: ").AppendLine(rule.Id);
            yaml.Append("    relation: ").AppendLine(rule.Relation);
            yaml.Append("    triggers: [").AppendJoin(", ", rule.Triggers).AppendLine("]");
            yaml.AppendLine("    source: [between, modifier, possessor, subject]");
            yaml.AppendLine("    target: [with, object]");
            yaml.AppendLine("    strength: 0.6");
        }

        return yaml.ToString();
    }

    /// <summary>
    /// One sentence per rule stating one of its triggers between two actors; <paramref name="round"/> picks which
    /// trigger, template and pair, so repeated rounds use every trigger.
    /// </summary>
    public static string Sentences(IEnumerable<GeneratedRule> rules, int round)
    {
        var text = new StringBuilder();
        int i = 0;
        foreach (GeneratedRule rule in rules)
        {
            string trigger = AsWritten(rule.Triggers[round % rule.Triggers.Length]);
            string template = Templates[(i + round) % Templates.Length];
            (string a, string b) = Pairs[(i + (round * 7)) % Pairs.Length];
            text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, template, a, b, trigger)} ");
            i++;
        }

        return text.ToString().TrimEnd();
    }

    // Adjective noun, noun noun, verb noun, adjective noun noun, verb adjective noun.
    private static string Phrase(Random random) => random.Next(5) switch
    {
        0 => $"{Pick(random, Adjectives)} {Pick(random, Nouns)}",
        1 => $"{Pick(random, Nouns)} {Pick(random, Nouns)}",
        2 => $"{Pick(random, Verbs)} {Pick(random, Nouns)}",
        3 => $"{Pick(random, Adjectives)} {Pick(random, Nouns)} {Pick(random, Nouns)}",
        _ => $"{Pick(random, Verbs)} {Pick(random, Adjectives)} {Pick(random, Nouns)}",
    };

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static bool HasRepeatedWord(string phrase)
    {
        string[] words = phrase.Split(' ');
        return words.Distinct(StringComparer.Ordinal).Count() < words.Length;
    }

    // A trigger that starts with a verb is written as a gerund ("expanding fertilizer quotas"); triggers match by
    // lemma, so the inflected form still matches. Every verb in the list takes the regular -ing form.
    private static string AsWritten(string trigger)
    {
        int space = trigger.IndexOf(' ', StringComparison.Ordinal);
        string first = trigger[..space];
        if (!Verbs.Contains(first, StringComparer.Ordinal))
        {
            return trigger;
        }

        string gerund = first.EndsWith('e') && !first.EndsWith("ee", StringComparison.Ordinal) ? first[..^1] + "ing" : first + "ing";
        return gerund + trigger[space..];
    }
}
