namespace AllianceAnalysis.Text;

/// <summary>What kind of text a token covers.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Citation,
    Url,
    Symbol,
}

/// <summary>Capitalisation of a token, used by case-sensitive phrase words.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
}

/// <summary>
/// One token: a half-open span into the document text, its kind and shape, and the ids of its form and lemma
/// family in the pack lexicon (-1 for words no pack mentions).
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, TokenShape Shape, int Form, int Lemma)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;
}
