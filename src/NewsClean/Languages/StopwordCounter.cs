using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Languages;

/// <summary>
/// Counts the words of a text and their stopword hits in each of up to 64 languages, for <see cref="LanguageDetector"/>.
/// Most words of Latin-script text are ASCII: those are found in a bitmap of ASCII letters and looked up packed into a
/// number; other words go through a case-insensitive map. Immutable and thread-safe; allocates nothing per call.
/// </summary>
internal sealed class StopwordCounter
{
    private readonly int languageCount;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> stopwords;

    // The same masks for every stopword that equals some ASCII word ignoring case, for ASCII words (most words of
    // Latin-script text): packed into a number while scanned when short, else upper-cased for an ordinal lookup.
    private readonly PackedAsciiWords shortAsciiStopwords;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> longAsciiStopwords;

    // Case-insensitive ordinal equality needs equal lengths: a longer word is no stopword, and needs no lookup.
    private readonly int maxStopwordLength;

    /// <summary>A counter over the stopwords of <paramref name="packs"/>: bit i of a word's mask is pack i.</summary>
    public StopwordCounter(IReadOnlyList<LanguagePack> packs)
    {
        languageCount = packs.Count;

        // One lookup per token: each stopword maps to the set of packs (bit i = pack i) that list it.
        var masks = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < packs.Count; i++)
        {
            foreach (var word in packs[i].Stopwords)
            {
                masks[word] = masks.GetValueOrDefault(word) | (1UL << i);
            }
        }

        stopwords = masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        maxStopwordLength = masks.Count > 0 ? masks.Keys.Max(k => k.Length) : 0;
        var asciiMasks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (word, mask) in masks)
        {
            if (AsciiUpper(word) is { } key)
            {
                asciiMasks[key] = asciiMasks.GetValueOrDefault(key) | mask;
            }
        }

        shortAsciiStopwords = new PackedAsciiWords(asciiMasks.Where(p => p.Key.Length <= PackedAsciiWords.MaxLength).ToDictionary());
        longAsciiStopwords = asciiMasks.Where(p => p.Key.Length > PackedAsciiWords.MaxLength)
            .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The ASCII word equal to <paramref name="word"/> ignoring case, in upper case; null when there is none. Decided
    /// with the same ordinal comparison the full lookup uses, so Turkish 'ı' (which equals 'i' ignoring case) maps to 'I'.
    /// </summary>
    private static string? AsciiUpper(string word)
    {
        var upper = new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            // An ASCII letter is its own answer; only other characters ('ı', 'ſ') need the case-insensitive search.
            char match = char.IsAsciiLetter(word[i]) ? char.ToUpperInvariant(word[i]) : '\0';
            for (char a = 'A'; a <= 'Z' && match == '\0' && !char.IsAscii(word[i]); a++)
            {
                if (MemoryExtensions.Equals([word[i]], [a], StringComparison.OrdinalIgnoreCase))
                {
                    match = a;
                }
            }

            if (match == '\0')
            {
                return null; // ASCII words hold letters only (see IsWordChar), so only letters can match
            }

            upper[i] = match;
        }

        return new string(upper);
    }

    /// <summary>Adds the stopword hits of every language to <paramref name="hits"/>, leaving out addresses; returns the number of words.</summary>
    internal int CountStopwords(ReadOnlySpan<char> sample, Span<int> hits)
    {
        // The text between addresses is counted in stretches: whitespace is no word character, so the words of a
        // stretch are the words of its whitespace-free chunks. An address holds an '@' or ':' or starts with "www.",
        // so only the chunks around those are looked at (most lines have none and are counted in one go).
        int words = 0;
        int from = 0; // where the text not yet counted starts
        int at = 0; // where to look for the next mark
        int mark = -1; // the next '@' or ':' at or after at, once found; sample.Length when there is none
        while (at < sample.Length)
        {
            if (mark < at)
            {
                int found = sample[at..].IndexOfAny('@', ':');
                mark = found < 0 ? sample.Length : at + found;
            }

            // "www." holds neither mark, so one before the mark ends before it.
            int www = sample[at..mark].IndexOf("www.", StringComparison.OrdinalIgnoreCase);
            int next = www >= 0 ? at + www : mark;
            if (next == sample.Length)
            {
                break;
            }

            int start = next;
            while (start > from && !IsWhiteSpace(sample[start - 1]))
            {
                start--;
            }

            int end = next + 1; // the mark is no whitespace
            while (end < sample.Length && !IsWhiteSpace(sample[end]))
            {
                end++;
            }

            if (IsAddress(sample[start..end]))
            {
                words += CountAsciiHits(sample[from..start], hits);
                from = end;
            }

            at = end;
        }

        return words + CountAsciiHits(sample[from..], hits);
    }

    /// <summary>
    /// <see cref="CountHits"/>, which it answers alike, for text whose words are all ASCII: its words are its runs of
    /// ASCII letters, found in a bitmap of them with bit counts and packed a word at a time, where
    /// <see cref="CountHits"/> branches on every character (a word's end, a letter or not) and mispredicts about once a
    /// word. A piece of the text that holds another word character (any letter above U+007F) goes to <see cref="CountHits"/>.
    /// </summary>
    internal int CountAsciiHits(ReadOnlySpan<char> text, Span<int> hits)
    {
        int words = 0;
        while (text.Length > AsciiLetterRuns.MaxLength)
        {
            // Cut at an ASCII character that is no letter: no word straddles the cut, so the pieces' counts add up.
            int cut = AsciiLetterRuns.MaxLength - 1;
            while (cut > 0 && (char.IsAsciiLetter(text[cut]) || !char.IsAscii(text[cut])))
            {
                cut--;
            }

            if (cut == 0)
            {
                return words + CountHits(text, hits); // a word of thousands of letters
            }

            words += CountPiece(text[..cut], hits);
            text = text[cut..];
        }

        return words + CountPiece(text, hits);
    }

    private int CountPiece(ReadOnlySpan<char> text, Span<int> hits)
    {
        // Sized to the text (stack memory comes zeroed, and zeroing a fixed maximum would cost short lines more).
        Span<byte> bytes = stackalloc byte[AsciiLetterRuns.BytesFor(text.Length)];
        Span<ulong> bitmap = stackalloc ulong[AsciiLetterRuns.BitmapWordsFor(text.Length)];
        return AsciiLetterRuns.Lay(text, bytes, bitmap) ? CountLaidOut(text, bytes, bitmap, hits) : CountHits(text, hits);
    }

    private int CountLaidOut(ReadOnlySpan<char> text, ReadOnlySpan<byte> bytes, ReadOnlySpan<ulong> bitmap, Span<int> hits)
    {
        ref byte first = ref MemoryMarshal.GetReference(bytes);

        // Hits of up to 32 languages are counted in four vectors of eight, a word's languages added without a branch.
        bool inVectors = Vector256.IsHardwareAccelerated && languageCount <= 32;
        var lanes = Vector256.Create(1, 2, 4, 8, 16, 32, 64, 128);
        Vector256<int> counts0 = default, counts1 = default, counts2 = default, counts3 = default;
        int words = 0;
        ulong before = 0; // the last bit of the previous bitmap word: a run that goes on starts no word
        for (int w = 0; w < bitmap.Length - 1; w++)
        {
            ulong letters = bitmap[w];
            ulong starts = letters & ~((letters << 1) | before);
            before = letters >> 63;
            for (; starts != 0; starts &= starts - 1)
            {
                int bit = BitOperations.TrailingZeroCount(starts);
                int length = BitOperations.TrailingZeroCount(~(letters >> bit));
                if (bit + length == 64)
                {
                    length += RunContinuation(bitmap, w + 1);
                }

                // A lone Latin letter ("a", "e", "y", "o") is a stopword in half the Latin-script lists: no evidence.
                if (length == 1)
                {
                    continue;
                }

                words++;
                int start = (w * 64) + bit;
                if (length <= PackedAsciiWords.MaxLength)
                {
                    ulong mask = shortAsciiStopwords.Find(AsciiLetterRuns.Pack(ref Unsafe.Add(ref first, start), length));
                    if (inVectors)
                    {
                        // Equals gives -1 in each lane whose language's bit is set.
                        counts0 -= Vector256.Equals(Vector256.Create((int)mask) & lanes, lanes);
                        counts1 -= Vector256.Equals(Vector256.Create((int)(mask >> 8)) & lanes, lanes);
                        counts2 -= Vector256.Equals(Vector256.Create((int)(mask >> 16)) & lanes, lanes);
                        counts3 -= Vector256.Equals(Vector256.Create((int)(mask >> 24)) & lanes, lanes);
                    }
                    else
                    {
                        AddHits(mask, hits);
                    }
                }
                else if (length <= maxStopwordLength)
                {
                    AddLongAsciiHits(text.Slice(start, length), hits);
                }
            }
        }

        if (inVectors)
        {
            Span<int> counts = stackalloc int[4 * Vector256<int>.Count];
            counts0.CopyTo(counts);
            counts1.CopyTo(counts[8..]);
            counts2.CopyTo(counts[16..]);
            counts3.CopyTo(counts[24..]);
            for (int k = 0; k < languageCount; k++)
            {
                hits[k] += counts[k];
            }
        }

        return words;
    }

    /// <summary>How many letters a run that fills its bitmap word to the end goes on with, from bitmap word <paramref name="next"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunContinuation(ReadOnlySpan<ulong> bitmap, int next)
    {
        int length = 0;
        int ones;
        do
        {
            ones = BitOperations.TrailingZeroCount(~bitmap[next++]);
            length += ones;
        }
        while (ones == 64);

        return length;
    }

    /// <summary>Counts the stopword hits of the words in one whitespace-free chunk; returns the number of words.</summary>
    internal int CountHits(ReadOnlySpan<char> chunk, Span<int> hits)
    {
        // Most words are ASCII letters: they are scanned and packed in this loop, which calls nothing, so its state
        // stays in registers. A word holding any other character is left to CountWord.
        int words = 0;
        int i = 0;
        while (i < chunk.Length)
        {
            char c = chunk[i];
            if (!char.IsAsciiLetter(c))
            {
                if (char.IsAscii(c) || !IsWordChar(c))
                {
                    i++;
                }
                else
                {
                    i = CountWord(chunk, i, hits);
                    words++;
                }

                continue;
            }

            int start = i;
            ulong packed = 0; // the word as PackedAsciiWords packs it; only read when short enough
            do
            {
                packed = PackedAsciiWords.Append(packed, c, i - start);
                i++;
            }
            while (i < chunk.Length && char.IsAsciiLetter(c = chunk[i]));

            if (i < chunk.Length && !char.IsAscii(c) && IsWordChar(c))
            {
                i = CountWord(chunk, start, hits); // an ASCII start of a longer word ("caf" of "café")
                words++;
                continue;
            }

            // A lone Latin letter ("a", "e", "y", "o") is a stopword in half the Latin-script lists: no evidence.
            int length = i - start;
            if (length == 1)
            {
                continue;
            }

            words++;
            if (length <= PackedAsciiWords.MaxLength)
            {
                AddHits(shortAsciiStopwords.Find(packed), hits);
            }
            else if (length <= maxStopwordLength)
            {
                AddLongAsciiHits(chunk[start..i], hits);
            }
        }

        return words;
    }

    /// <summary>
    /// Counts the word starting at <paramref name="start"/>, which holds a character other than an ASCII letter, in the
    /// full case-insensitive map (where "bır" with Turkish 'ı' still finds "bir"); returns where it ends. Every such
    /// word counts, even a single letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int CountWord(ReadOnlySpan<char> chunk, int start, Span<int> hits)
    {
        int i = start;
        while (i < chunk.Length && IsWordChar(chunk[i]))
        {
            i++;
        }

        var word = chunk[start..i];
        if (word.Length <= maxStopwordLength && stopwords.TryGetValue(word, out ulong mask))
        {
            AddHits(mask, hits);
        }

        return i;
    }

    /// <summary>Counts an ASCII word too long to pack: upper-cased, as the long ASCII stopwords are keyed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddLongAsciiHits(ReadOnlySpan<char> word, Span<int> hits)
    {
        // ASCII word characters are letters: clearing bit 5 upper-cases them.
        Span<char> upper = stackalloc char[word.Length];
        for (int k = 0; k < word.Length; k++)
        {
            upper[k] = (char)(word[k] & ~0x20);
        }

        if (longAsciiStopwords.TryGetValue(upper, out ulong mask))
        {
            AddHits(mask, hits);
        }
    }

    /// <summary>A hit for each language whose bit is set in <paramref name="mask"/>.</summary>
    private static void AddHits(ulong mask, Span<int> hits)
    {
        for (ulong m = mask; m != 0; m &= m - 1)
        {
            hits[(int)ulong.TrailingZeroCount(m)]++;
        }
    }

    /// <summary>URLs and e-mail addresses: their "http", "www", "to" or "com" say nothing about the page's language.</summary>
    private static bool IsAddress(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || chunk.Contains('@');

    /// <summary>Letters and the marks that belong to them (Devanagari vowel signs, Arabic harakat, combining accents).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetter(c) : char.IsLetter(c) || (c > '\u02FF' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark);

    /// <summary><see cref="char.IsWhiteSpace(char)"/> with the ASCII answers inline (tab to carriage return, and space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhiteSpace(char c) =>
        char.IsAscii(c) ? c is ' ' or (>= '\t' and <= '\r') : char.IsWhiteSpace(c);
}
