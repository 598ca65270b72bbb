using System.Globalization;
using AllianceAnalysis.Aggregation;
using Spectre.Console;

namespace AllianceAnalysis.Cli;

/// <summary>
/// The analyze summary table: one row per unordered pair of actors, with its strongest relations by |score|, each as
/// <c>relation ±score (affirmed/negated)</c>; a relation running from the second actor of the row to the first is
/// marked with its direction, e.g. <c>arms (RUS→IRN)</c>.
/// </summary>
internal static class PairTable
{
    /// <summary>
    /// How many relations a row lists at most: enough that a pair's whole picture shows (the seed articles give Iran and
    /// Russia eleven directed profiles, among them the negated defence pact that is the point of them).
    /// </summary>
    public const int RelationsPerPair = 8;

    public static Table? Build(RelationSet relations)
    {
        var rows = relations.Profiles
            .GroupBy(p => string.CompareOrdinal(p.Source, p.Target) <= 0 ? (First: p.Source, Second: p.Target) : (First: p.Target, Second: p.Source))
            .OrderBy(g => g.Key.First, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Second, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var table = new Table().AddColumn("Actors").AddColumn("Relations (score, affirmed/negated)");
        foreach (var row in rows)
        {
            IEnumerable<string> entries = row
                .OrderByDescending(p => Math.Abs(p.Score))
                .ThenBy(p => p.Relation, StringComparer.Ordinal)
                .ThenBy(p => p.Source, StringComparer.Ordinal)
                .Take(RelationsPerPair)
                .Select(p => Entry(p, row.Key.First));
            table.AddRow(new Spectre.Console.Text($"{row.Key.First} – {row.Key.Second}"), new Spectre.Console.Text(string.Join('\n', entries)));
        }

        return table;
    }

    public static string Entry(RelationProfile profile, string first)
    {
        string direction = profile.Source == first ? string.Empty : $" ({profile.Source}→{profile.Target})";
        return $"{profile.Relation}{direction} {Score(profile.Score)} ({profile.Affirmed}/{profile.Negated})";
    }

    /// <summary>The score with two decimals and an explicit sign (a true minus sign for negative scores).</summary>
    public static string Score(double score)
    {
        double rounded = Math.Round(score, 2, MidpointRounding.AwayFromZero);
        string magnitude = Math.Abs(rounded).ToString("0.00", CultureInfo.InvariantCulture);
        return rounded < 0 ? "\u2212" + magnitude : "+" + magnitude;
    }
}
