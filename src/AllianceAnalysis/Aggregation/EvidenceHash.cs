using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace AllianceAnalysis.Aggregation;

/// <summary>
/// The content hash that identifies a piece of evidence across documents: the first 16 hex digits (lower case) of
/// XxHash128 over the UTF-8 bytes of <c>collapsed + "|" + polarity</c>, where <c>collapsed</c> is the sentence text
/// with every run of white space replaced by one space and leading and trailing white space removed, and
/// <c>polarity</c> is <c>affirmed</c> or <c>negated</c>.
/// </summary>
internal static class EvidenceHash
{
    private const int StackLimit = 256;

    public static string Compute(string text, Polarity polarity)
    {
        string suffix = polarity == Polarity.Negated ? "|negated" : "|affirmed";
        int maxChars = text.Length + suffix.Length;
        char[]? rentedChars = null;
        Span<char> chars = maxChars <= StackLimit
            ? stackalloc char[StackLimit]
            : (rentedChars = ArrayPool<char>.Shared.Rent(maxChars));
        byte[]? rentedBytes = null;
        try
        {
            int length = Collapse(text, chars);
            suffix.AsSpan().CopyTo(chars[length..]);
            length += suffix.Length;

            int maxBytes = Encoding.UTF8.GetMaxByteCount(length);
            Span<byte> bytes = maxBytes <= StackLimit * 3
                ? stackalloc byte[StackLimit * 3]
                : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
            int byteCount = Encoding.UTF8.GetBytes(chars[..length], bytes);

            // A content hash, not a security boundary: XxHash128 is fast and well distributed.
            Span<byte> hash = stackalloc byte[16];
            XxHash128.Hash(bytes[..byteCount], hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }
        }
    }

    private static int Collapse(ReadOnlySpan<char> text, Span<char> output)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }

            output[length++] = c;
        }

        return length;
    }
}
