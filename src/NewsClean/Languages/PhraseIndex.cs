namespace NewsClean.Languages;

/// <summary>
/// The exact and prefix phrases of every category of a <see cref="PhraseBook"/> in one table, so that a line is
/// trimmed and hashed once for all categories rather than once per category and rule. A lookup gives, as bits by
/// <see cref="PhraseCategory"/>, the categories whose <see cref="PhraseMatcher"/> would match the line exactly or by
/// prefix. (Substring phrases are not indexed: one search over every category's phrases was measured slower than a
/// search per category, as SearchValues leaves its vectorised path for that many strings.)
/// </summary>
internal sealed class PhraseIndex
{
    private const int MaxPrefixLength = PhraseMatcher.MaxPrefixLength;

    // Phrase (less decoration, case-insensitive) -> the categories that list it.
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> exact;
    private readonly bool hasExact;
    private readonly int exactMinLength;
    private readonly int exactMaxLength;
    private readonly bool[] exactLengths;
    private readonly bool[] exactAsciiFirst = new bool[128];

    // Prefix phrase -> the categories that list it without a final colon, and those that list it with one.
    private readonly Dictionary<string, (uint Plain, uint Colon)>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly bool hasPrefixes;

    // The lengths of the prefix phrases (bit i for length i) that a line starting with an ASCII character (upper-cased)
    // may start with, ignoring case; and of all of them, for a line starting with any other character. Only these
    // lengths are tried, so most lines reach few word ends and fewer hashes.
    private readonly UInt128[] prefixLengthsByFirst = new UInt128[128];
    private readonly UInt128 prefixLengths;
    private readonly UInt128[] prefixAsciiLast = new UInt128[MaxPrefixLength + 1];

    /// <summary>Indexes <paramref name="matchers"/>, one per <see cref="PhraseCategory"/> value, in enum order.</summary>
    public PhraseIndex(PhraseMatcher[] matchers)
    {
        var exactCategories = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        var prefixCategories = new Dictionary<string, (uint Plain, uint Colon)>(StringComparer.OrdinalIgnoreCase);
        for (int c = 0; c < matchers.Length; c++)
        {
            uint bit = 1u << c;
            foreach (string phrase in matchers[c].ExactPhrases)
            {
                exactCategories[phrase] = exactCategories.GetValueOrDefault(phrase) | bit;
            }

            // Longer prefix phrases are never looked for by the matchers either.
            foreach (string phrase in matchers[c].PrefixPhrases.Where(p => p.Length <= MaxPrefixLength))
            {
                var entry = prefixCategories.GetValueOrDefault(phrase);
                prefixCategories[phrase] = (entry.Plain | bit, entry.Colon);
            }

            foreach (string phrase in matchers[c].ColonPrefixPhrases.Where(p => p.Length <= MaxPrefixLength))
            {
                var entry = prefixCategories.GetValueOrDefault(phrase);
                prefixCategories[phrase] = (entry.Plain, entry.Colon | bit);
            }
        }

        exact = exactCategories.GetAlternateLookup<ReadOnlySpan<char>>();
        hasExact = exactCategories.Count > 0;
        exactMinLength = hasExact ? exactCategories.Keys.Min(p => p.Length) : 0;
        exactMaxLength = hasExact ? exactCategories.Keys.Max(p => p.Length) : 0;
        exactLengths = new bool[exactMaxLength + 1];
        foreach (string phrase in exactCategories.Keys)
        {
            exactLengths[phrase.Length] = true;
            PhraseMatcher.MarkFirst(exactAsciiFirst, phrase[0]);
        }

        prefixes = prefixCategories.GetAlternateLookup<ReadOnlySpan<char>>();
        hasPrefixes = prefixCategories.Count > 0;
        foreach (string phrase in prefixCategories.Keys)
        {
            var length = UInt128.One << phrase.Length;
            prefixLengths |= length;
            var firsts = PhraseMatcher.AsciiEquivalents(phrase[0]);
            for (int c = 0; c < 128; c++)
            {
                if (((firsts >> c) & UInt128.One) != UInt128.Zero)
                {
                    prefixLengthsByFirst[c] |= length;
                }
            }

            prefixAsciiLast[phrase.Length] |= PhraseMatcher.AsciiEquivalents(phrase[^1]);
        }
    }

    /// <summary>The categories whose <see cref="PhraseMatcher.MatchesExact"/> is true for <paramref name="line"/>, as bits.</summary>
    public uint MatchExact(ReadOnlySpan<char> line)
    {
        if (!hasExact || line.Length < exactMinLength)
        {
            return 0;
        }

        var trimmed = PhraseMatcher.TrimDecoration(line);
        return trimmed.Length >= exactMinLength && trimmed.Length <= exactMaxLength && exactLengths[trimmed.Length]
            && (!char.IsAscii(trimmed[0]) || exactAsciiFirst[trimmed[0]]) && exact.TryGetValue(trimmed, out uint categories)
            ? categories
            : 0;
    }

    /// <summary>The categories whose <see cref="PhraseMatcher.MatchPrefix"/> is not 0 for <paramref name="line"/>, as bits.</summary>
    public uint MatchPrefix(ReadOnlySpan<char> line)
    {
        if (!hasPrefixes)
        {
            return 0;
        }

        var head = PhraseMatcher.TrimLeadingDecoration(line);
        if (head.IsEmpty)
        {
            return 0;
        }

        // Every phrase length that ends at a word boundary, as each category's matcher tries them; a category
        // matches when any of its phrases does, whichever length.
        uint categories = 0;
        var lengths = char.IsAscii(head[0]) ? prefixLengthsByFirst[PhraseMatcher.UpperAscii(head[0])] : prefixLengths;
        int limit = Math.Min(head.Length, MaxPrefixLength);
        while (lengths != UInt128.Zero)
        {
            int i = (int)UInt128.TrailingZeroCount(lengths);
            lengths &= lengths - UInt128.One;
            if (i > limit)
            {
                break;
            }

            bool boundary = i == head.Length || (!PhraseMatcher.IsWordChar(head[i]) && PhraseMatcher.IsWordChar(head[i - 1]));
            if (boundary && MayEndPrefix(head[i - 1], i) && prefixes.TryGetValue(head[..i], out var found))
            {
                categories |= found.Plain;
                if (found.Colon != 0 && PhraseMatcher.ColonFollows(head[i..]))
                {
                    categories |= found.Colon;
                }
            }
        }

        return categories;
    }

    private bool MayEndPrefix(char last, int length) =>
        !char.IsAscii(last) || ((prefixAsciiLast[length] >> PhraseMatcher.UpperAscii(last)) & UInt128.One) != UInt128.Zero;
}
