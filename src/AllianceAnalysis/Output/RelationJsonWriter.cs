using System.Text.Json;
using AllianceAnalysis.Aggregation;

namespace AllianceAnalysis.Output;

/// <summary>
/// Writes aggregated relations as indented JSON (<c>relations.json</c>):
/// <c>{"relations":[{source, target, relation, affirmed, negated, documents, support, opposition, score,
/// corroborations, strongestAffirmed, strongestNegated}]}</c>. Support, opposition and score are rounded to 4
/// decimals; each strongest claim is <c>{claim, document, sentence, start, end, text, strength, modality,
/// attributedTo}</c> (<c>claim</c> is the claim's id in <c>claims.jsonl</c>) or <c>null</c>.
/// </summary>
/// <remarks>Stateless and thread-safe; concurrent calls must use different writers.</remarks>
public static class RelationJsonWriter
{
    /// <summary>Writes the relations, in the set's order, ending with <c>\n</c>. The writer is not flushed or closed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="relations">The relations.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A strongest claim has an undefined modality value.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public static void Write(TextWriter writer, RelationSet relations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relations);
        using var sink = new JsonTextSink(writer, JsonTextSink.Indented);
        Utf8JsonWriter json = sink.Json;
        json.WriteStartObject();
        json.WriteStartArray("relations");
        foreach (RelationProfile profile in relations.Profiles)
        {
            json.WriteStartObject();
            json.WriteString("source", profile.Source);
            json.WriteString("target", profile.Target);
            json.WriteString("relation", profile.Relation);
            json.WriteNumber("affirmed", profile.Affirmed);
            json.WriteNumber("negated", profile.Negated);
            json.WriteStartArray("documents");
            foreach (string document in profile.Documents)
            {
                json.WriteStringValue(document);
            }

            json.WriteEndArray();
            json.WriteNumber("support", OutputFormat.Round(profile.Support));
            json.WriteNumber("opposition", OutputFormat.Round(profile.Opposition));
            json.WriteNumber("score", OutputFormat.Round(profile.Score));
            json.WriteNumber("corroborations", profile.Corroborations);
            WriteStrongest(json, "strongestAffirmed", profile.StrongestAffirmed);
            WriteStrongest(json, "strongestNegated", profile.StrongestNegated);
            json.WriteEndObject();
            sink.DrainIfLarge();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        sink.Drain();
        writer.Write('\n');
    }

    private static void WriteStrongest(Utf8JsonWriter json, string name, Claim? claim)
    {
        if (claim is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("claim", claim.Id);
        json.WriteString("document", claim.Evidence.Document);
        json.WriteNumber("sentence", claim.Evidence.Sentence);
        json.WriteNumber("start", claim.Evidence.Start);
        json.WriteNumber("end", claim.Evidence.End);
        json.WriteString("text", claim.Evidence.Text);
        json.WriteNumber("strength", claim.Strength);
        json.WriteString("modality", OutputFormat.Name(claim.Modality));
        OutputFormat.WriteAttribution(json, claim.AttributedTo);
        json.WriteEndObject();
    }
}
