using System.Buffers;
using System.Globalization;

namespace NewsClean.Languages;

/// <summary>
/// Compiled phrase lists of one category: exact lines, line prefixes that end at a word boundary, and substrings.
/// Lookups are case-insensitive and allocation-free (alternate-lookup sets and <see cref="SearchValues{T}"/>).
/// </summary>
internal sealed class PhraseMatcher
{
    // Prefix phrases are matched at word boundaries among the first characters of a line; none is longer.
    private const int MaxPrefixLength = 80;

    private readonly HashSet<string> exact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> exactLookup;
    private readonly HashSet<string> prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;

    // Prefix phrases written with a final colon ("Read:", "MORE:") only match when the line has the colon too,
    // so "Read:" never matches "Read about …" and "MORE:" never matches "More than …".
    private readonly HashSet<string> colonPrefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> colonPrefixLookup;
    private readonly SearchValues<string>? contains;

    public PhraseMatcher(IEnumerable<string> exactPhrases, IEnumerable<string> prefixPhrases, IEnumerable<string> containsPhrases)
    {
        exact = new HashSet<string>(exactPhrases.Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixList = prefixPhrases.Select(p => p.Trim()).ToArray();
        prefixes = new HashSet<string>(prefixList.Where(p => !EndsWithColon(p)).Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        colonPrefixes = new HashSet<string>(prefixList.Where(EndsWithColon).Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        colonPrefixLookup = colonPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var containsList = containsPhrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        contains = containsList.Length > 0 ? SearchValues.Create(containsList, StringComparison.OrdinalIgnoreCase) : null;
        IsEmpty = exact.Count == 0 && prefixes.Count == 0 && colonPrefixes.Count == 0 && contains is null;
    }

    /// <summary>True when no phrase of any mode is listed.</summary>
    public bool IsEmpty { get; }

    /// <summary>The whole line, less surrounding decoration such as ':' or '»', is one of the exact phrases.</summary>
    public bool MatchesExact(ReadOnlySpan<char> line) => exact.Count > 0 && exactLookup.Contains(TrimDecoration(line));

    /// <summary>
    /// The line starts with a prefix phrase that ends at a word boundary; returns the length of the longest such phrase, or 0.
    /// </summary>
    public int MatchPrefix(ReadOnlySpan<char> line)
    {
        if (prefixes.Count == 0 && colonPrefixes.Count == 0)
        {
            return 0;
        }

        var head = TrimLeadingDecoration(line);
        int offset = line.Length - head.Length;
        int limit = Math.Min(head.Length, MaxPrefixLength);

        // Longest first: callers look at what follows the phrase, so "Baca juga:" must match "Baca juga", not "Baca".
        for (int i = limit; i >= 1; i--)
        {
            bool boundary = i == head.Length || (!IsWordChar(head[i]) && IsWordChar(head[i - 1]));
            if (boundary && (prefixLookup.Contains(head[..i]) || (colonPrefixLookup.Contains(head[..i]) && ColonFollows(head[i..]))))
            {
                return offset + i;
            }
        }

        return 0;
    }

    /// <summary>The line contains one of the substring phrases, starting at a word boundary (any character edge in CJK text).</summary>
    public bool MatchesContains(ReadOnlySpan<char> line)
    {
        if (contains is null)
        {
            return false;
        }

        int offset = 0;
        while (offset < line.Length)
        {
            int found = line[offset..].IndexOfAny(contains);
            if (found < 0)
            {
                return false;
            }

            int at = offset + found;
            if (at == 0 || !IsWordChar(line[at - 1]) || !IsWordChar(line[at]) || IsUnspaced(line[at - 1]) || IsUnspaced(line[at]))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static bool EndsWithColon(string phrase) => phrase.EndsWith(':') || phrase.EndsWith('：');

    private static bool ColonFollows(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        return rest.Length > 0 && rest[0] is ':' or '：';
    }

    // Chinese and Japanese put no spaces between words, so every character edge there is a word boundary.
    private static bool IsUnspaced(char c) => Text.CharClass.IsUnspacedScript(c);

    // Vowel signs and other combining marks (Devanagari "ें", Thai, Arabic harakat) are part of the word they follow.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Any mode matches.</summary>
    public bool Matches(ReadOnlySpan<char> line) => MatchesExact(line) || MatchPrefix(line) > 0 || MatchesContains(line);

    /// <summary>Strips bullets, arrows, colons and similar decoration around a phrase.</summary>
    internal static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> text) => TrimLeadingDecoration(text).TrimEnd(DecorationChars);

    private static ReadOnlySpan<char> TrimLeadingDecoration(ReadOnlySpan<char> text) => text.TrimStart(DecorationChars);

    private const string DecorationChars = " :：.!|»«›‹>•·-–—_*#=~/\\[](){}\"'“”";
}
