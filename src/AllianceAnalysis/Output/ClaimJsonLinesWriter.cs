using System.Text.Json;

namespace AllianceAnalysis.Output;

/// <summary>
/// Writes claims as JSON Lines (<c>claims.jsonl</c>): one compact, camelCase JSON object per claim, each followed by
/// <c>\n</c>. Fields, in order: <c>id, source, target, relation, polarity, modality, strength, attributedTo, time,
/// otherParty, evidence</c>; <c>attributedTo</c>, <c>time</c> and <c>otherParty</c> are written as <c>null</c> when absent.
/// </summary>
/// <remarks>Stateless and thread-safe; concurrent calls must use different writers.</remarks>
public static class ClaimJsonLinesWriter
{
    /// <summary>Writes the claims, one line each, in the order given. The writer is not flushed or closed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="claims">The claims.</param>
    /// <exception cref="ArgumentNullException">An argument or a claim is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A claim has an undefined polarity or modality value.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public static void Write(TextWriter writer, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claims);
        using var sink = new JsonTextSink(writer, JsonTextSink.Compact);
        foreach (Claim claim in claims)
        {
            ArgumentNullException.ThrowIfNull(claim, nameof(claims));
            WriteClaim(sink.Json, claim);
            sink.EndLine();
        }
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("id", claim.Id);
        json.WriteString("source", claim.Source);
        json.WriteString("target", claim.Target);
        json.WriteString("relation", claim.Relation);
        json.WriteString("polarity", OutputFormat.Name(claim.Polarity));
        json.WriteString("modality", OutputFormat.Name(claim.Modality));
        json.WriteNumber("strength", claim.Strength);
        OutputFormat.WriteAttribution(json, claim.AttributedTo);
        json.WriteString("time", claim.Time);
        json.WriteString("otherParty", claim.OtherParty);

        Evidence evidence = claim.Evidence;
        json.WriteStartObject("evidence");
        json.WriteString("document", evidence.Document);
        json.WriteNumber("sentence", evidence.Sentence);
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
        json.WriteString("text", evidence.Text);
        json.WriteStartObject("trigger");
        json.WriteNumber("start", evidence.Trigger.Start);
        json.WriteNumber("end", evidence.Trigger.End);
        json.WriteString("text", evidence.Trigger.Text);
        json.WriteEndObject();
        json.WriteString("rule", evidence.Rule);
        json.WriteString("pack", evidence.Pack);
        json.WriteStartArray("cues");
        foreach (QualifierCue cue in evidence.Cues)
        {
            json.WriteStartObject();
            json.WriteString("kind", cue.Kind);
            json.WriteNumber("start", cue.Start);
            json.WriteNumber("end", cue.End);
            json.WriteString("text", cue.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
