using System.Globalization;
using AllianceAnalysis.Aggregation;

namespace AllianceAnalysis.Output;

/// <summary>
/// Writes aggregated relations as RFC 4180 CSV (<c>relations.csv</c>) with the header
/// <c>source,target,relation,affirmed,negated,documents,support,opposition,score,corroborations,strongest_affirmed_text,strongest_negated_text</c>.
/// Documents are joined with <c>;</c>; numbers use the invariant culture, aggregates rounded to 4 decimals; a field
/// containing a comma, a double quote, CR or LF is quoted with inner quotes doubled; records end with CRLF.
/// </summary>
/// <remarks>Stateless and thread-safe; concurrent calls must use different writers.</remarks>
public static class RelationCsvWriter
{
    /// <summary>The header line, without its line end.</summary>
    public const string Header =
        "source,target,relation,affirmed,negated,documents,support,opposition,score,corroborations,strongest_affirmed_text,strongest_negated_text";

    /// <summary>Writes the header and one record per profile, in the set's order. The writer is not flushed or closed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="relations">The relations.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public static void Write(TextWriter writer, RelationSet relations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relations);
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (RelationProfile profile in relations.Profiles)
        {
            WriteField(writer, profile.Source);
            writer.Write(',');
            WriteField(writer, profile.Target);
            writer.Write(',');
            WriteField(writer, profile.Relation);
            writer.Write(',');
            writer.Write(profile.Affirmed.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(profile.Negated.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            WriteField(writer, string.Join(';', profile.Documents));
            writer.Write(',');
            writer.Write(Number(profile.Support));
            writer.Write(',');
            writer.Write(Number(profile.Opposition));
            writer.Write(',');
            writer.Write(Number(profile.Score));
            writer.Write(',');
            writer.Write(profile.Corroborations.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            WriteField(writer, profile.StrongestAffirmed?.Evidence.Text ?? string.Empty);
            writer.Write(',');
            WriteField(writer, profile.StrongestNegated?.Evidence.Text ?? string.Empty);
            writer.Write("\r\n");
        }
    }

    private static string Number(double value) => OutputFormat.Round(value).ToString(CultureInfo.InvariantCulture);

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
