using System.Text.Json;

namespace AllianceAnalysis.Evaluation;

/// <summary>A claim a gold annotation says a sentence states.</summary>
/// <param name="Source">Source actor code (symmetric relations: alphabetically first).</param>
/// <param name="Target">Target actor code.</param>
/// <param name="Relation">Relation type id.</param>
/// <param name="Polarity"><c>affirmed</c> or <c>negated</c>.</param>
/// <param name="Modality"><c>asserted</c>, <c>hedged</c>, <c>intended</c> or <c>hypothetical</c>.</param>
/// <param name="AttributedTo">The speaker's actor code or name, or <see langword="null"/> when the article asserts it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GoldClaim(string Source, string Target, string Relation, string Polarity, string Modality, string? AttributedTo);

/// <summary>One annotated sentence: its exact text and the claims it states (none for a hard negative).</summary>
/// <param name="Sentence">The sentence text exactly as it appears in the article.</param>
/// <param name="Claims">The claims it states; empty for a hard negative.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GoldSentence(string Sentence, IReadOnlyList<GoldClaim> Claims);

/// <summary>An article with its gold annotations.</summary>
/// <param name="Document">The article.</param>
/// <param name="Sentences">Its annotated sentences.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GoldDocument(Document Document, IReadOnlyList<GoldSentence> Sentences);

/// <summary>
/// Reads gold annotations: <c>GOLD/&lt;split&gt;/&lt;slug&gt;.jsonl</c>, one JSON object per annotated sentence, for the
/// article <c>GOLD/../&lt;split&gt;/&lt;slug&gt;.txt</c> (or, for the seed articles, <c>GOLD/../articles/&lt;slug&gt;.txt</c>).
/// See <c>corpus/gold/README.md</c> for the conventions.
/// </summary>
public static class GoldCorpus
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The splits <see cref="Load"/> accepts.</summary>
    public static IReadOnlyList<string> Splits { get; } = ["dev", "heldout"];

    /// <summary>Loads the gold documents of one split, or of every split for <c>all</c>.</summary>
    /// <param name="goldDirectory">The gold folder, e.g. <c>corpus/gold</c>.</param>
    /// <param name="split"><c>dev</c>, <c>heldout</c> or <c>all</c>.</param>
    /// <returns>The documents in ordinal order of their file names.</returns>
    /// <exception cref="ArgumentException"><paramref name="split"/> is not a known split.</exception>
    /// <exception cref="InvalidDataException">A gold line is malformed or names a sentence the article does not hold; the message names file and line.</exception>
    /// <exception cref="DocumentReadException">An article cannot be read.</exception>
    public static IReadOnlyList<GoldDocument> Load(string goldDirectory, string split)
    {
        ArgumentNullException.ThrowIfNull(goldDirectory);
        ArgumentNullException.ThrowIfNull(split);
        string[] splits = split == "all" ? [.. Splits] : Splits.Contains(split) ? [split] : throw new ArgumentException($"unknown split '{split}' (dev, heldout or all)", nameof(split));
        var documents = new List<GoldDocument>();
        string corpus = Path.GetDirectoryName(Path.GetFullPath(goldDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        foreach (string name in splits)
        {
            string goldFolder = Path.Combine(goldDirectory, name);
            if (!Directory.Exists(goldFolder))
            {
                continue;
            }

            foreach (string file in Directory.GetFiles(goldFolder, "*.jsonl").Order(StringComparer.Ordinal))
            {
                string slug = Path.GetFileNameWithoutExtension(file) + ".txt";
                string folder = File.Exists(Path.Combine(corpus, name, slug)) ? name : "articles";
                Document document = Document.Load(Path.Combine(corpus, folder, slug)) with { Id = $"{folder}/{slug}" };
                documents.Add(new GoldDocument(document, ReadSentences(file, document.Text)));
            }
        }

        return documents;
    }

    private static List<GoldSentence> ReadSentences(string file, string text)
    {
        var sentences = new List<GoldSentence>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(file))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            GoldSentence? sentence;
            try
            {
                sentence = JsonSerializer.Deserialize<GoldSentence>(line, Options);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{file}({lineNumber}): {ex.Message}", ex);
            }

            if (sentence?.Sentence is null || sentence.Claims is null)
            {
                throw new InvalidDataException($"{file}({lineNumber}): a gold line needs \"sentence\" and \"claims\"");
            }

            if (!text.Contains(sentence.Sentence, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file}({lineNumber}): the article does not contain the sentence \"{sentence.Sentence}\"");
            }

            sentences.Add(sentence);
        }

        return sentences;
    }
}
