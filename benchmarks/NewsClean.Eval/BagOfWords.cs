using System.Globalization;
using System.Text;

namespace NewsClean.Eval;

/// <summary>
/// The token metric of <c>score.py</c>: tokens are runs of Python <c>\w</c> characters (letters, numbers, '_'),
/// lowercased; overlap is the multiset intersection.
/// </summary>
public static class BagOfWords
{
    /// <summary>Counts the lowercased <c>\w+</c> tokens of <paramref name="text"/>.</summary>
    public static Dictionary<string, int> Tokens(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return counts;
        }

        var token = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                token.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (token.Length > 0)
            {
                Add(counts, token);
            }
        }

        if (token.Length > 0)
        {
            Add(counts, token);
        }

        return counts;
    }

    /// <summary>Size of the multiset intersection.</summary>
    public static int Overlap(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int overlap = 0;
        foreach (var (token, count) in small)
        {
            if (large.TryGetValue(token, out int other))
            {
                overlap += Math.Min(count, other);
            }
        }

        return overlap;
    }

    /// <summary>Total number of tokens.</summary>
    public static int Size(Dictionary<string, int> bag) => bag.Values.Sum();

    // Python's re \w on str: alphanumeric (L*, Nd, Nl, No) or underscore. Combining marks are not word characters there.
    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static void Add(Dictionary<string, int> counts, StringBuilder token)
    {
        string key = token.ToString();
        counts[key] = counts.GetValueOrDefault(key) + 1;
        token.Clear();
    }
}
