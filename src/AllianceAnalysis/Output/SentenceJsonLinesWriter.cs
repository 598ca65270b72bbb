using System.Text.Json;

namespace AllianceAnalysis.Output;

/// <summary>
/// Writes a document's sentences as JSON Lines, one
/// <c>{"start":…,"end":…,"text":…,"kind":"body|heading|list-item","question":bool,"boilerplate":null|"caption"|"author-profile"|"share-prompt"|"trailing-headline"}</c>
/// per sentence, each followed by <c>\n</c>. <c>text</c> is exactly the document text between <c>start</c> and <c>end</c>.
/// </summary>
/// <remarks>Stateless and thread-safe; concurrent calls must use different writers.</remarks>
public static class SentenceJsonLinesWriter
{
    /// <summary>Writes the sentences, one line each, in the order given. The writer is not flushed or closed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="document">The document the sentences' spans point into.</param>
    /// <param name="sentences">The sentences.</param>
    /// <exception cref="ArgumentNullException">An argument or a sentence is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sentence's span lies outside the document text, or a kind is undefined.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public static void Write(TextWriter writer, Document document, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        using var sink = new JsonTextSink(writer, JsonTextSink.Compact);
        foreach (Sentence sentence in sentences)
        {
            ArgumentNullException.ThrowIfNull(sentence, nameof(sentences));
            TextSpan span = sentence.Span;
            if (span.Start < 0 || span.End < span.Start || span.End > document.Text.Length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(sentences), span, $"Sentence {sentence.Index} lies outside the text of '{document.Id}' ({document.Text.Length} characters).");
            }

            Utf8JsonWriter json = sink.Json;
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteString("text", document.Text.AsSpan(span.Start, span.Length));
            json.WriteString("kind", OutputFormat.Name(sentence.Kind));
            json.WriteBoolean("question", sentence.IsQuestion);
            json.WriteString("boilerplate", OutputFormat.Name(sentence.Boilerplate));
            json.WriteEndObject();
            sink.EndLine();
        }
    }
}
