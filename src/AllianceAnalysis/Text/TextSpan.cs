namespace AllianceAnalysis;

/// <summary>
/// A half-open range <c>[Start, End)</c> of character offsets into a document's original text, so that
/// <c>text[Start..End]</c> (or <c>text.Substring(Start, Length)</c>) is exactly the covered text.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered: <c>End - Start</c>.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= other.Start</c> and <c>other.End &lt;= End</c>.</returns>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>A slice of <paramref name="text"/>; no copy is made.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span lies outside <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>The span as <c>Start-End</c>, e.g. <c>6238-6322</c>.</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() => $"{Start}-{End}";
}
