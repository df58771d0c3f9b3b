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

    // The exact phrases' lengths with their first two characters (ASCII, upper-cased), hashed into a bit set: a short
    // line whose length and first two letters no phrase has is rejected before the whole line is hashed.
    private const int ExactPairSlotBits = 14;
    private readonly ulong[] exactPairs = new ulong[(1 << ExactPairSlotBits) / 64];

    // Prefix phrase -> the categories that list it without a final colon, and those that list it with one.
    private readonly Dictionary<string, (uint Plain, uint Colon)>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly bool hasPrefixes;

    // The lengths of the prefix phrases (bit i for length i) that a line starting with an ASCII character (upper-cased)
    // may start with, ignoring case; and of all of them, for a line starting with any other character. Only these
    // lengths are tried, so most lines reach few word ends and fewer hashes.
    private readonly UInt128[] prefixLengthsByFirst = new UInt128[128];
    private readonly UInt128 prefixLengths;
    private readonly UInt128[] prefixAsciiLast = new UInt128[MaxPrefixLength + 1];

    // The same lengths by the first two ASCII characters (upper-cased), hashed into buckets: most lines start with a
    // pair that few phrases or none start with, so fewer word ends are tried.
    private const int PrefixPairBucketBits = 9;
    private readonly UInt128[] prefixLengthsByPair = new UInt128[1 << PrefixPairBucketBits];

    /// <summary>Indexes <paramref name="matchers"/>, one per <see cref="PhraseCategory"/> value, in enum order.</summary>
    public PhraseIndex(PhraseMatcher[] matchers)
    {
        var exactCategories = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        var equivalents = new Dictionary<char, UInt128>();
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
            if (phrase.Length >= 2)
            {
                foreach (var (first, second) in AsciiPairs(phrase, equivalents))
                {
                    int slot = ExactPairSlot(first, second, phrase.Length);
                    exactPairs[slot >> 6] |= 1UL << slot;
                }
            }
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
            if (phrase.Length >= 2)
            {
                foreach (var (first, second) in AsciiPairs(phrase, equivalents))
                {
                    prefixLengthsByPair[PrefixPairBucket(first, second)] |= length;
                }
            }
        }
    }

    /// <summary>The ASCII characters (upper-cased) a text's first two may be to equal <paramref name="phrase"/>'s ignoring case.</summary>
    private static IEnumerable<(int First, int Second)> AsciiPairs(string phrase, Dictionary<char, UInt128> equivalents)
    {
        var firsts = Equivalents(phrase[0], equivalents);
        for (; firsts != UInt128.Zero; firsts &= firsts - UInt128.One)
        {
            var seconds = Equivalents(phrase[1], equivalents);
            for (; seconds != UInt128.Zero; seconds &= seconds - UInt128.One)
            {
                yield return ((int)UInt128.TrailingZeroCount(firsts), (int)UInt128.TrailingZeroCount(seconds));
            }
        }
    }

    // PhraseMatcher.AsciiEquivalents compares a character with all 128 ASCII ones; phrases share their letters.
    private static UInt128 Equivalents(char c, Dictionary<char, UInt128> known)
    {
        if (!known.TryGetValue(c, out var bits))
        {
            bits = PhraseMatcher.AsciiEquivalents(c);
            known[c] = bits;
        }

        return bits;
    }

    private static int ExactPairSlot(int first, int second, int length) =>
        (int)((uint)((((first << 7) | second) << 10) + length) * 2654435761u >> (32 - ExactPairSlotBits));

    private static int PrefixPairBucket(int first, int second) =>
        (int)((uint)((first << 7) | second) * 2654435761u >> (32 - PrefixPairBucketBits));

    /// <summary>False when no exact phrase of the text's length starts with its first two characters, both ASCII.</summary>
    private bool MayBeExactPhrase(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 2 || !char.IsAscii(trimmed[0]) || !char.IsAscii(trimmed[1]))
        {
            return true;
        }

        int slot = ExactPairSlot(PhraseMatcher.UpperAscii(trimmed[0]), PhraseMatcher.UpperAscii(trimmed[1]), trimmed.Length);
        return (exactPairs[slot >> 6] & (1UL << slot)) != 0;
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
            && (!char.IsAscii(trimmed[0]) || exactAsciiFirst[trimmed[0]]) && MayBeExactPhrase(trimmed) && exact.TryGetValue(trimmed, out uint categories)
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
        if (head.Length >= 2 && char.IsAscii(head[0]) && char.IsAscii(head[1]))
        {
            // A one-character phrase needs no second character.
            lengths &= prefixLengthsByPair[PrefixPairBucket(PhraseMatcher.UpperAscii(head[0]), PhraseMatcher.UpperAscii(head[1]))] | (UInt128.One << 1);
        }

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
