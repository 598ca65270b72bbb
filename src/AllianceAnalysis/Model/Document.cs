using System.Text;

namespace AllianceAnalysis;

/// <summary>
/// One article to analyse: an identifier (usually its path) and its decoded text. All offsets produced by the
/// analyzer point into <see cref="Text"/> exactly as given.
/// </summary>
/// <param name="Id">Identifier reported as <c>evidence.document</c>; usually the file path as the user gave it.</param>
/// <param name="Text">The decoded text (without a byte-order mark).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Document(string Id, string Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The day the article was published, when known. A person named in it speaks for their state only while in an
    /// office the rule pack dates to that day ("Çavuşoğlu" is Turkey's foreign minister until June 2023, a private
    /// citizen after); without a date every listed person counts.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>Reads a UTF-8 text file (a leading byte-order mark is dropped) into a document.</summary>
    /// <param name="path">Path of the file; it becomes the document's <see cref="Id"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DocumentReadException">The file cannot be read or is not valid UTF-8; the message names the file.</exception>
    /// <remarks>Thread-safe.</remarks>
    public static Document Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DocumentReadException(path, ex.Message, ex);
        }

        return FromUtf8(path, bytes);
    }

    /// <summary>Decodes UTF-8 bytes (a leading byte-order mark is dropped) into a document.</summary>
    /// <param name="id">The document identifier.</param>
    /// <param name="utf8">The encoded text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="DocumentReadException">The bytes are not valid UTF-8; the message gives the byte offset.</exception>
    /// <remarks>Thread-safe.</remarks>
    public static Document FromUtf8(string id, ReadOnlySpan<byte> utf8)
    {
        ArgumentNullException.ThrowIfNull(id);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        try
        {
            return new Document(id, StrictUtf8.GetString(utf8));
        }
        catch (DecoderFallbackException ex)
        {
            string where = ex.Index >= 0 ? $" (invalid byte sequence at byte {ex.Index})" : string.Empty;
            throw new DocumentReadException(id, $"not valid UTF-8 text{where}", ex);
        }
    }
}

/// <summary>A document could not be read or decoded. <see cref="Exception.Message"/> reads <c>path: reason</c>.</summary>
/// <remarks>Thrown by <see cref="Document.Load"/> and <see cref="Document.FromUtf8"/>. Immutable once thrown; safe to read from any thread.</remarks>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file or document that failed.</param>
    /// <param name="reason">What went wrong, without the path.</param>
    /// <param name="inner">The underlying error, if any.</param>
    /// <remarks>Does not validate its arguments and never throws.</remarks>
    public DocumentReadException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The file or document that failed.</summary>
    public string Path { get; }

    /// <summary>What went wrong, without the path.</summary>
    public string Reason { get; }
}
