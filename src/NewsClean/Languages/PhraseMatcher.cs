using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsClean.Languages;

/// <summary>
/// Compiled phrase lists of one category: exact lines, line prefixes that end at a word boundary, substrings, and line
/// ends that start at a word boundary.
/// Lookups are case-insensitive and allocation-free (alternate-lookup sets and <see cref="SearchValues{T}"/>).
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>Prefix phrases are matched at word boundaries among the first characters of a line; none is longer.</summary>
    internal const int MaxPrefixLength = 80;

    private readonly HashSet<string> exact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> exactLookup;
    private readonly HashSet<string> prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;

    // Prefix phrases written with a final colon ("Read:", "MORE:") only match when the line has the colon too,
    // so "Read:" never matches "Read about …" and "MORE:" never matches "More than …".
    private readonly HashSet<string> colonPrefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> colonPrefixLookup;

    private readonly HashSet<string> suffixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> suffixLookup;
    private readonly int[] suffixLengths; // distinct lengths of the suffix phrases, longest first
    private readonly bool[] suffixAsciiLast = new bool[128];

    private readonly SearchValues<string>? containsAscii;
    private readonly SearchValues<string>? containsOther;
    private readonly bool otherContainsMatchAscii;
    private readonly string[] otherContainsPhrases;

    // Case-insensitive ordinal equality needs equal lengths and equal first letters, so most lines are rejected by
    // these tables before any hashing.
    private readonly int exactMinLength;
    private readonly int exactMaxLength;
    private readonly bool[] exactLengths;
    private readonly bool[] exactAsciiFirst = new bool[128];

    // Per ASCII first letter (upper-cased), the ASCII characters (upper-cased, as bits) an exact phrase's second
    // character may equal, and the first letters that are a whole phrase ("X"): a word start is mostly rejected by the
    // pair, before any walk to the word's end.
    private readonly UInt128[] exactAsciiSecond = new UInt128[128];
    private readonly UInt128 exactAsciiSingle;
    private readonly int[] prefixLengths; // distinct lengths of all prefix phrases, longest first
    private readonly bool[] prefixAsciiFirst = new bool[128];

    // Per phrase length, the ASCII characters (upper-cased) a line's character at that length minus one may be for the
    // line's head to equal a phrase of that length ignoring case: most word ends are rejected before hashing.
    private readonly UInt128[] prefixAsciiLast;

    public PhraseMatcher(IEnumerable<string> exactPhrases, IEnumerable<string> prefixPhrases, IEnumerable<string> containsPhrases, IEnumerable<string>? suffixPhrases = null)
    {
        exact = new HashSet<string>(exactPhrases.Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixList = prefixPhrases.Select(p => p.Trim()).ToArray();
        prefixes = Normalized(prefixList.Where(p => !EndsWithColon(p)));
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        colonPrefixes = Normalized(prefixList.Where(EndsWithColon));
        colonPrefixLookup = colonPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

        exactMinLength = exact.Count > 0 ? exact.Min(p => p.Length) : 0;
        exactMaxLength = exact.Count > 0 ? exact.Max(p => p.Length) : 0;
        exactLengths = new bool[exactMaxLength + 1];
        foreach (string phrase in exact)
        {
            exactLengths[phrase.Length] = true;
            MarkFirst(exactAsciiFirst, phrase[0]);
            var firsts = AsciiEquivalents(phrase[0]);
            if (phrase.Length == 1)
            {
                exactAsciiSingle |= firsts;
                continue;
            }

            var seconds = AsciiEquivalents(phrase[1]);
            for (int first = 0; first < 128; first++)
            {
                if (((firsts >> first) & UInt128.One) != UInt128.Zero)
                {
                    exactAsciiSecond[first] |= seconds;
                }
            }
        }

        // Longest first: callers look at what follows the phrase, so "Baca juga:" must match "Baca juga", not "Baca".
        var allPrefixes = prefixes.Concat(colonPrefixes).Where(p => p.Length <= MaxPrefixLength).ToArray();
        prefixLengths = [.. allPrefixes.Select(p => p.Length).Distinct().OrderDescending()];
        prefixAsciiLast = new UInt128[MaxPrefixLength + 1];
        foreach (string prefix in allPrefixes)
        {
            MarkFirst(prefixAsciiFirst, prefix[0]);
            prefixAsciiLast[prefix.Length] |= AsciiEquivalents(prefix[^1]);
        }

        var containsList = containsPhrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        // One non-ASCII phrase (such as "©") sends the whole set down SearchValues' slow Unicode path, so such phrases
        // get a set of their own. A match position is judged the same whichever set found it.
        var asciiList = containsList.Where(p => Ascii.IsValid(p)).ToArray();
        var otherList = containsList.Where(p => !Ascii.IsValid(p)).ToArray();
        containsAscii = asciiList.Length > 0 ? SearchValues.Create(asciiList, StringComparison.OrdinalIgnoreCase) : null;
        containsOther = otherList.Length > 0 ? SearchValues.Create(otherList, StringComparison.OrdinalIgnoreCase) : null;
        otherContainsPhrases = otherList;
        otherContainsMatchAscii = otherList.Any(p => p.All(c => char.IsAscii(c) || char.IsAscii(char.ToUpperInvariant(c)) || char.IsAscii(char.ToLowerInvariant(c))));
        suffixes = new HashSet<string>((suffixPhrases ?? []).Select(p => p.Trim()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);
        suffixLookup = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        suffixLengths = [.. suffixes.Select(p => p.Length).Distinct().OrderDescending()];
        foreach (string suffix in suffixes)
        {
            MarkFirst(suffixAsciiLast, suffix[^1]);
        }

        IsEmpty = exact.Count == 0 && prefixes.Count == 0 && colonPrefixes.Count == 0 && containsList.Length == 0 && suffixes.Count == 0;
    }

    /// <summary>True when no phrase of any mode is listed.</summary>
    public bool IsEmpty { get; }

    /// <summary>The exact phrases, less decoration, as <see cref="MatchesExact"/> compares them.</summary>
    internal IReadOnlySet<string> ExactPhrases => exact;

    /// <summary>The prefix phrases without a final colon, less decoration; only those up to <see cref="MaxPrefixLength"/> characters ever match.</summary>
    internal IReadOnlySet<string> PrefixPhrases => prefixes;

    /// <summary>The prefix phrases written with a final colon, which only match when the line has the colon too.</summary>
    internal IReadOnlySet<string> ColonPrefixPhrases => colonPrefixes;

    /// <summary>The whole line, less surrounding decoration such as ':' or '»', is one of the exact phrases.</summary>
    public bool MatchesExact(ReadOnlySpan<char> line)
    {
        if (exact.Count == 0 || line.Length < exactMinLength)
        {
            return false;
        }

        var trimmed = TrimDecoration(line);
        return trimmed.Length >= exactMinLength && trimmed.Length <= exactMaxLength && exactLengths[trimmed.Length]
            && (!char.IsAscii(trimmed[0]) || exactAsciiFirst[trimmed[0]]) && exactLookup.Contains(trimmed);
    }

    /// <summary>
    /// False when no text starting with <paramref name="first"/> can match <see cref="MatchesExact"/>: the character is
    /// not decoration, so the trim keeps it, and no exact phrase starts with it (compared as MatchesExact compares).
    /// </summary>
    public bool MayMatchExactStartingWith(char first) =>
        exact.Count > 0 && (!char.IsAscii(first) || exactAsciiFirst[first] || Decoration.Contains(first));

    /// <summary>
    /// False when no start of <paramref name="text"/> (<c>text[..n]</c> for any n) can match <see cref="MatchesExact"/>:
    /// its first character is ASCII and not decoration, so the trim keeps it, and no exact phrase is that character alone
    /// or starts with it and the second character (compared as MatchesExact compares).
    /// </summary>
    public bool MayMatchExactStartingWith(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !MayMatchExactStartingWith(text[0]))
        {
            return false;
        }

        char first = text[0];
        if (!char.IsAscii(first) || Decoration.Contains(first))
        {
            return true;
        }

        int upper = UpperAscii(first);
        if (((exactAsciiSingle >> upper) & UInt128.One) != UInt128.Zero)
        {
            return true;
        }

        return text.Length > 1 && (!char.IsAscii(text[1]) || ((exactAsciiSecond[upper] >> UpperAscii(text[1])) & UInt128.One) != UInt128.Zero);
    }

    /// <summary>
    /// The line starts with a prefix phrase that ends at a word boundary; returns the length of the longest such phrase, or 0.
    /// </summary>
    public int MatchPrefix(ReadOnlySpan<char> line)
    {
        if (prefixLengths.Length == 0)
        {
            return 0;
        }

        var head = TrimLeadingDecoration(line);
        if (head.IsEmpty || (char.IsAscii(head[0]) && !prefixAsciiFirst[head[0]]))
        {
            return 0;
        }

        int offset = line.Length - head.Length;
        foreach (int i in prefixLengths)
        {
            if (i > head.Length)
            {
                continue;
            }

            bool boundary = i == head.Length || (!IsWordChar(head[i]) && IsWordChar(head[i - 1]));
            if (boundary && MayEndPrefix(head[i - 1], i) && (prefixLookup.Contains(head[..i]) || (colonPrefixLookup.Contains(head[..i]) && ColonFollows(head[i..]))))
            {
                return offset + i;
            }
        }

        return 0;
    }

    /// <summary>The line contains one of the substring phrases, starting at a word boundary (any character edge in CJK text).</summary>
    public bool MatchesContains(ReadOnlySpan<char> line) => MatchesContains(line, otherMayMatch: true);

    /// <summary>
    /// <see cref="MatchesContains(ReadOnlySpan{char})"/>, told by the caller when none of the non-ASCII phrases can
    /// occur in the line (<paramref name="otherMayMatch"/> false), as a search over every category's found.
    /// </summary>
    internal bool MatchesContains(ReadOnlySpan<char> line, bool otherMayMatch)
    {
        if (containsAscii is not null && ContainsAtWordStart(line, containsAscii))
        {
            return true;
        }

        // The non-ASCII phrases need the slow Unicode search, and cannot occur in ASCII text unless one folds to ASCII.
        return otherMayMatch && containsOther is not null && (otherContainsMatchAscii || !Ascii.IsValid(line)) && ContainsAtWordStart(line, containsOther);
    }

    /// <summary>The substring phrases with a character outside ASCII, searched apart from the others.</summary>
    internal IReadOnlyList<string> OtherContainsPhrases => otherContainsPhrases;

    /// <summary>True when some substring phrases have a character outside ASCII.</summary>
    internal bool HasOtherContains => containsOther is not null;

    /// <summary>True when one of <see cref="OtherContainsPhrases"/> can match ASCII text ('ı' folds to 'I').</summary>
    internal bool OtherContainsMatchAscii => otherContainsMatchAscii;

    /// <summary>
    /// The line ends with one of the suffix phrases, which starts at a word boundary; spaces, '!', ':' and arrows after
    /// it are allowed, a full stop or a question mark is not: a sentence that names the phrase stays.
    /// </summary>
    public bool MatchesSuffix(ReadOnlySpan<char> line)
    {
        if (suffixLengths.Length == 0)
        {
            return false;
        }

        var text = line[..(line.LastIndexOfAnyExcept(SuffixTrail) + 1)];
        if (text.IsEmpty || (char.IsAscii(text[^1]) && !suffixAsciiLast[text[^1]]))
        {
            return false;
        }

        foreach (int length in suffixLengths)
        {
            int start = text.Length - length;
            if (start >= 0 && (start == 0 || !IsWordChar(text[start - 1]) || IsUnspaced(text[start])) && suffixLookup.Contains(text[start..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A substring phrase occurs in the line, or a suffix phrase ends it.</summary>
    public bool MatchesInside(ReadOnlySpan<char> line) => MatchesContains(line) || MatchesSuffix(line);

    /// <inheritdoc cref="MatchesInside(ReadOnlySpan{char})"/>
    internal bool MatchesInside(ReadOnlySpan<char> line, bool otherMayMatch) => MatchesContains(line, otherMayMatch) || MatchesSuffix(line);

    /// <summary>Any mode matches.</summary>
    public bool Matches(ReadOnlySpan<char> line) => MatchesExact(line) || MatchPrefix(line) > 0 || MatchesInside(line);

    /// <summary>Strips bullets, arrows, colons and similar decoration around a phrase.</summary>
    internal static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> text)
    {
        var head = TrimLeadingDecoration(text);
        return head[..(head.LastIndexOfAnyExcept(Decoration) + 1)];
    }

    /// <summary>Whether one of <paramref name="values"/> occurs at a word boundary; a match is judged by its start only.</summary>
    internal static bool ContainsAtWordStart(ReadOnlySpan<char> line, SearchValues<string> values)
    {
        int offset = 0;
        while (offset < line.Length)
        {
            int found = line[offset..].IndexOfAny(values);
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

    private static HashSet<string> Normalized(IEnumerable<string> phrases) =>
        new(phrases.Select(p => TrimDecoration(p).ToString()).Where(p => p.Length > 0), StringComparer.OrdinalIgnoreCase);

    /// <summary>Marks the ASCII characters a line may start with to equal, ignoring case, a phrase starting with <paramref name="first"/>.</summary>
    internal static void MarkFirst(bool[] table, char first)
    {
        // Non-ASCII letters can fold to ASCII ones ('ı' and 'i' both upper-case to 'I'), so go through the upper case.
        char upper = char.ToUpperInvariant(first);
        if (char.IsAscii(upper))
        {
            table[upper] = true;
            table[char.ToLowerInvariant(upper)] = true;
        }
    }

    /// <summary>False when no prefix phrase of <paramref name="length"/> characters can end in <paramref name="last"/>, ignoring case.</summary>
    private bool MayEndPrefix(char last, int length) =>
        !char.IsAscii(last) || ((prefixAsciiLast[length] >> UpperAscii(last)) & UInt128.One) != UInt128.Zero;

    internal static int UpperAscii(char c) => char.IsAsciiLetterLower(c) ? c - 0x20 : c;

    /// <summary>The ASCII characters equal to <paramref name="c"/> ignoring case (by the lookups' own comparison), upper-cased, as bits.</summary>
    internal static UInt128 AsciiEquivalents(char c)
    {
        UInt128 bits = UInt128.Zero;
        for (char a = '\0'; a < '\u0080'; a++)
        {
            if (MemoryExtensions.Equals([c], [a], StringComparison.OrdinalIgnoreCase))
            {
                bits |= UInt128.One << UpperAscii(a);
            }
        }

        return bits;
    }

    internal static bool EndsWithColon(string phrase) => phrase.EndsWith(':') || phrase.EndsWith('：');

    internal static bool ColonFollows(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        return rest.Length > 0 && rest[0] is ':' or '：';
    }

    // Chinese and Japanese put no spaces between words, so every character edge there is a word boundary.
    private static bool IsUnspaced(char c) => Text.CharClass.IsUnspacedScript(c);

    // Vowel signs and other combining marks (Devanagari "ें", Thai, Arabic harakat) are part of the word they follow.
    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    internal static ReadOnlySpan<char> TrimLeadingDecoration(ReadOnlySpan<char> text)
    {
        int start = text.IndexOfAnyExcept(Decoration);
        return start < 0 ? [] : text[start..];
    }

    // Full-width brackets wrap Chinese credits: "（责任编辑：张晓燕）"; lenticular and square ones wrap Chinese and Japanese
    // section headings: "【関連記事】", "【相关阅读】", "〔编辑推荐〕".
    private const string DecorationChars = " :：.!|»«›‹>•·-–—_*#=~/\\[](){}（）【】〔〕［］\"'“”";

    // What may follow a suffix phrase at the end of a call to the reader: spaces, an exclamation mark, a colon, an arrow.
    private static readonly SearchValues<char> SuffixTrail = SearchValues.Create(" \t!！:：»›>→");

    // Vectorised set lookups: TrimStart(string) searches the string for every character it looks at.
    private static readonly SearchValues<char> Decoration = SearchValues.Create(DecorationChars);
}
