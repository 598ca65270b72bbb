namespace AllianceAnalysis.Matching;

/// <summary>
/// Generates the regular English inflections of a lemma ("supply" → "supplies", "supplied", "supplying"), so
/// that rule authors write one form and match all of them. Irregular forms come from the pack's lexicon.
/// </summary>
internal static class Inflector
{
    /// <summary>The lemma itself and its regular inflections; non-alphabetic words yield only themselves.</summary>
    public static IEnumerable<string> Forms(string lemma)
    {
        yield return lemma;
        if (lemma.Length < 2 || !IsAlphabetic(lemma))
        {
            yield break;
        }

        char last = lemma[^1];
        char beforeLast = lemma[^2];
        bool consonantY = last == 'y' && !IsVowel(beforeLast);
        string stem = consonantY ? lemma[..^1] + "i" : lemma;

        // Third person / plural.
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return lemma + "es";
        }
        else
        {
            yield return consonantY ? stem + "es" : lemma + "s";
        }

        // A plural written in the pack also matches its singular ("weapons" → "weapon").
        if (lemma.Length > 3 && last == 's' && beforeLast is not ('s' or 'u' or 'i'))
        {
            yield return lemma[..^1];
        }

        // Past tense / participle.
        if (last == 'e')
        {
            yield return lemma + "d";
        }
        else
        {
            yield return consonantY ? stem + "ed" : lemma + "ed";
        }

        // Gerund.
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            yield return lemma[..^2] + "ying";
        }
        else if (last == 'e' && beforeLast != 'e')
        {
            yield return lemma[..^1] + "ing";
        }
        else
        {
            yield return lemma + "ing";
        }

        // Short consonant-vowel-consonant words double their last consonant ("ship" → "shipped"); both spellings
        // are generated because the rule depends on stress ("offer" → "offered").
        if (IsShortCvc(lemma))
        {
            yield return lemma + last + "ed";
            yield return lemma + last + "ing";
        }
    }

    private static bool IsShortCvc(string word) =>
        word.Length >= 3
        && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y')
        && IsVowel(word[^2])
        && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAlphabetic(string word)
    {
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
