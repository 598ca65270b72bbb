using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Text;

/// <summary>
/// Splits text into tokens in one pass over a <see cref="ReadOnlySpan{T}"/>: words (with clitics such as
/// <c>'s</c> and <c>n't</c> split off, dotted acronyms and known abbreviations kept whole), numbers with decimal
/// and thousands separators, citation marks (<c>[4]</c>), URLs and e-mail addresses, and single punctuation marks.
/// Each token carries its lexicon ids, looked up without allocating.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class Tokenizer
{
    private readonly Lexicon _lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowerCaseAbbreviations;

    public Tokenizer(Lexicon lexicon, IReadOnlySet<string> abbreviations)
    {
        _lexicon = lexicon;
        // "No." (number) is written capitalised and matches only so; "e.g." is written in lower case and matches any case.
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _lowerCaseAbbreviations = new HashSet<string>(abbreviations.Where(a => !a.Any(char.IsUpper)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="output"/>, with offsets into <paramref name="text"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, int start, int end, List<Token> output)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int tokenEnd;
            TokenKind kind;
            if (IsUrlStart(text, i, end) || (char.IsLetterOrDigit(c) && MayBeEmail(text, i, end) && IsEmailAt(text, i, end)))
            {
                tokenEnd = ScanToWhitespace(text, i, end);
                kind = TokenKind.Url;
            }
            else if (char.IsLetter(c))
            {
                tokenEnd = ScanWord(text, i, end, out kind);
            }
            else if (char.IsDigit(c))
            {
                tokenEnd = ScanNumber(text, i, end);
                kind = TokenKind.Number;
            }
            else if (c == '[' && TryScanCitation(text, i, end, out tokenEnd))
            {
                kind = TokenKind.Citation;
            }
            else if (c is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]) && IsCliticAt(text, i, end, out int cliticEnd))
            {
                tokenEnd = cliticEnd;
                kind = TokenKind.Word;
            }
            else
            {
                tokenEnd = ScanPunctuation(text, i, end);
                kind = c is '*' or '_' or '#' ? TokenKind.Symbol : TokenKind.Punctuation;
            }

            Add(text, i, tokenEnd, kind, output);
            i = tokenEnd;
        }
    }

    private void Add(ReadOnlySpan<char> text, int start, int end, TokenKind kind, List<Token> output)
    {
        ReadOnlySpan<char> slice = text[start..end];
        int form = kind is TokenKind.Word or TokenKind.Number or TokenKind.Punctuation or TokenKind.Symbol ? _lexicon.FindAnyCase(slice) : -1;
        output.Add(new Token(start, end, kind, ShapeOf(slice), form, _lexicon.LemmaOf(form)));
    }

    private static TokenShape ShapeOf(ReadOnlySpan<char> slice)
    {
        if (slice.Length == 0 || !char.IsUpper(slice[0]))
        {
            return TokenShape.None;
        }

        int letters = 0;
        foreach (char c in slice)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return TokenShape.Capitalized;
                }
            }
        }

        return letters >= 2 ? TokenShape.Capitalized | TokenShape.AllCaps : TokenShape.Capitalized;
    }

    private int ScanWord(ReadOnlySpan<char> text, int start, int end, out TokenKind kind)
    {
        kind = TokenKind.Word;

        // Dotted acronyms and abbreviations: U.S., e.g., a.m.
        int acronymEnd = ScanDottedAcronym(text, start, end);
        if (acronymEnd > start)
        {
            return acronymEnd;
        }

        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                // "isn't" → "is" + "n't"; a word that is only "n't" is the clitic itself.
                if (IsNegationClitic(text, start, i, end))
                {
                    return i - 1 > start ? i - 1 : i + 2;
                }

                // Keep an apostrophe inside a name (O'Brien, d'Ivoire) but stop before a clitic ('s, 're …).
                if (IsCliticAt(text, i, end, out _))
                {
                    break;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        // A known abbreviation keeps its period: "Dr.", "Gen.", "etc.".
        if (i < end && text[i] == '.' && i - start <= 10)
        {
            ReadOnlySpan<char> written = text[start..(i + 1)];
            Span<char> lower = stackalloc char[written.Length];
            Lexicon.Normalize(written, lower);
            if (_abbreviations.Contains(written) || _lowerCaseAbbreviations.Contains(lower))
            {
                return i + 1;
            }
        }

        return i;
    }

    private static int ScanDottedAcronym(ReadOnlySpan<char> text, int start, int end)
    {
        // Letter '.' Letter '.' (Letter '.')*  — at least two letter-period pairs.
        int i = start;
        int pairs = 0;
        while (i + 1 < end && char.IsLetter(text[i]) && text[i + 1] == '.')
        {
            pairs++;
            i += 2;
        }

        if (pairs >= 2 && (i >= end || !char.IsLetter(text[i])))
        {
            return i;
        }

        return start;
    }

    private static bool IsNegationClitic(ReadOnlySpan<char> text, int wordStart, int apostrophe, int end) =>
        apostrophe > wordStart
        && text[apostrophe - 1] is 'n' or 'N'
        && apostrophe + 1 < end && text[apostrophe + 1] is 't' or 'T'
        && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

    private static bool IsCliticAt(ReadOnlySpan<char> text, int apostrophe, int end, out int cliticEnd)
    {
        int i = apostrophe + 1;
        int letters = 0;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
            letters++;
        }

        cliticEnd = i;
        if (letters is 0 or > 2)
        {
            return false;
        }

        ReadOnlySpan<char> tail = text[(apostrophe + 1)..i];
        bool isClitic = tail.Equals("s", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("m", StringComparison.OrdinalIgnoreCase)
            || (tail.Equals("t", StringComparison.OrdinalIgnoreCase) && apostrophe > 0 && text[apostrophe - 1] is 'n' or 'N');
        return isClitic;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool TryScanCitation(ReadOnlySpan<char> text, int start, int end, out int tokenEnd)
    {
        int i = start + 1;
        while (i < end && char.IsDigit(text[i]))
        {
            i++;
        }

        tokenEnd = i + 1;
        return i > start + 1 && i < end && text[i] == ']';
    }

    private static bool IsUrlStart(ReadOnlySpan<char> text, int i, int end)
    {
        ReadOnlySpan<char> rest = text[i..end];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Cheap test before <see cref="IsEmailAt"/>: the alphanumeric run ends at '@' or at a character an address may hold.</summary>
    private static bool MayBeEmail(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < end && text[i] is '@' or '.' or '_' or '-' or '+' && i + 1 < end && !char.IsWhiteSpace(text[i + 1]);
    }

    /// <summary>An e-mail address starts here: a local part of letters, digits and . _ - + then @ and a dotted domain.</summary>
    private static bool IsEmailAt(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' or '-' or '+'))
        {
            i++;
        }

        if (i == start || i >= end || text[i] != '@' || i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        int dot = text[(i + 1)..end].IndexOfAny(' ', '.');
        return dot > 0 && text[i + 1 + dot] == '.';
    }

    private static int ScanToWhitespace(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // Trailing sentence punctuation is not part of a URL or address.
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or ')' or ']' or '>' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019')
        {
            i--;
        }

        return i;
    }

    private static int ScanPunctuation(ReadOnlySpan<char> text, int start, int end)
    {
        char c = text[start];
        int i = start + 1;
        if (c is '.' or '*' or '-' or '_' or '#')
        {
            // Runs: "...", "**", "--", "##".
            while (i < end && text[i] == c)
            {
                i++;
            }
        }

        return i;
    }
}
