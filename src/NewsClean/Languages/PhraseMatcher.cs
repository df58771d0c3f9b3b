using System.Buffers;

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
    private readonly SearchValues<string>? contains;

    // Case-insensitive ordinal equality needs equal lengths, so lines outside these bounds skip the hashing entirely.
    private readonly int exactMinLength;
    private readonly int exactMaxLength;
    private readonly bool[] prefixLengths = new bool[MaxPrefixLength + 1];
    private readonly int prefixMaxLength;

    public PhraseMatcher(IEnumerable<string> exactPhrases, IEnumerable<string> prefixPhrases, IEnumerable<string> containsPhrases)
    {
        exact = new HashSet<string>(exactPhrases.Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixes = new HashSet<string>(prefixPhrases.Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        exactMinLength = exact.Count > 0 ? exact.Min(p => p.Length) : 0;
        exactMaxLength = exact.Count > 0 ? exact.Max(p => p.Length) : 0;
        foreach (string prefix in prefixes.Where(p => p.Length <= MaxPrefixLength))
        {
            prefixLengths[prefix.Length] = true;
            prefixMaxLength = Math.Max(prefixMaxLength, prefix.Length);
        }

        var containsList = containsPhrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        contains = containsList.Length > 0 ? SearchValues.Create(containsList, StringComparison.OrdinalIgnoreCase) : null;
        IsEmpty = exact.Count == 0 && prefixes.Count == 0 && contains is null;
    }

    /// <summary>True when no phrase of any mode is listed.</summary>
    public bool IsEmpty { get; }

    /// <summary>The whole line, less surrounding decoration such as ':' or '»', is one of the exact phrases.</summary>
    public bool MatchesExact(ReadOnlySpan<char> line)
    {
        if (exact.Count == 0 || line.Length < exactMinLength)
        {
            return false;
        }

        var trimmed = TrimDecoration(line);
        return trimmed.Length >= exactMinLength && trimmed.Length <= exactMaxLength && exactLookup.Contains(trimmed);
    }

    /// <summary>The line starts with a prefix phrase that ends at a word boundary; returns the phrase's length, or 0.</summary>
    public int MatchPrefix(ReadOnlySpan<char> line)
    {
        if (prefixes.Count == 0)
        {
            return 0;
        }

        var head = TrimLeadingDecoration(line);
        int offset = line.Length - head.Length;
        int limit = Math.Min(head.Length, prefixMaxLength);
        for (int i = 1; i <= limit; i++)
        {
            if (!prefixLengths[i])
            {
                continue;
            }

            bool boundary = i == head.Length || (!char.IsLetterOrDigit(head[i]) && char.IsLetterOrDigit(head[i - 1]));
            if (boundary && prefixLookup.Contains(head[..i]))
            {
                return offset + i;
            }
        }

        return 0;
    }

    /// <summary>The line contains one of the substring phrases, starting at a word boundary.</summary>
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
            if (at == 0 || !char.IsLetterOrDigit(line[at - 1]) || !char.IsLetterOrDigit(line[at]))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    /// <summary>Any mode matches.</summary>
    public bool Matches(ReadOnlySpan<char> line) => MatchesExact(line) || MatchPrefix(line) > 0 || MatchesContains(line);

    /// <summary>Strips bullets, arrows, colons and similar decoration around a phrase.</summary>
    internal static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> text) => TrimLeadingDecoration(text).TrimEnd(DecorationChars);

    private static ReadOnlySpan<char> TrimLeadingDecoration(ReadOnlySpan<char> text) => text.TrimStart(DecorationChars);

    private const string DecorationChars = " :：.!|»«›‹>•·-–—_*#=~/\\[](){}\"'“”";
}
