using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AllianceAnalysis.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes are decoded into a <see cref="TextWriter"/> in chunks, so writers can
/// use the fast UTF-8 writer and still honour the <see cref="TextWriter"/>-based public API. Not thread-safe.
/// </summary>
internal sealed class JsonTextSink : IDisposable
{
    /// <summary>Compact output, non-ASCII text kept readable (the files are data, never embedded in HTML).</summary>
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented with two spaces and <c>\n</c> line ends on every platform.</summary>
    public static readonly JsonWriterOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    private const int DrainThreshold = 32 * 1024;

    private readonly TextWriter _text;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _chars = ArrayPool<char>.Shared.Rent(4 * 1024);

    public JsonTextSink(TextWriter text, JsonWriterOptions options)
    {
        _text = text;
        Json = new Utf8JsonWriter(_buffer, options);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Moves the pending bytes to the text writer once enough have accumulated.</summary>
    public void DrainIfLarge()
    {
        if (Json.BytesPending + _buffer.WrittenCount >= DrainThreshold)
        {
            Drain();
        }
    }

    /// <summary>Moves all pending bytes to the text writer.</summary>
    public void Drain()
    {
        Json.Flush();
        ReadOnlySpan<byte> bytes = _buffer.WrittenSpan;
        while (!bytes.IsEmpty)
        {
            _decoder.Convert(bytes, _chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            _text.Write(_chars.AsSpan(0, charsUsed));
            bytes = bytes[bytesUsed..];
        }

        _buffer.ResetWrittenCount();
    }

    /// <summary>Ends a JSON Lines record: drains the value, writes <c>\n</c> and readies the writer for the next value.</summary>
    public void EndLine()
    {
        Drain();
        _text.Write('\n');
        Json.Reset();
    }

    public void Dispose()
    {
        Json.Dispose();
        ArrayPool<char>.Shared.Return(_chars);
    }
}
