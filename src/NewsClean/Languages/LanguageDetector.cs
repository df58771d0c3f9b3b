using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsClean.Text;

namespace NewsClean.Languages;

/// <summary>
/// A cheap language guess from script and stopwords, for choosing language packs. The script of the letters decides
/// (Hangul, kana, Han, Thai) or narrows the choice to the packs written in it; among those, the pack whose stopwords
/// the text's words hit most wins. Linear in the text, reads at most <see cref="MaxSample"/> characters and allocates
/// nothing per call. Build one per set of packs and reuse it: instances are immutable and thread-safe.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Only the first this many characters are read: an article's language shows long before that.</summary>
    public const int MaxSample = 20_000;

    // A script that decides the language needs this many letters: a stray "東京" in English text does not.
    private const int MinScriptLetters = 10;

    // Stopword evidence: a few hits in absolute terms and as a share of the words (prose in most languages is 20-50%
    // stopwords, agglutinative Turkish nearer 10%, gibberish none), and a lead over the runner-up. Closely related
    // languages sharing most stopwords (Indonesian and Malay) often tie: then the answer is null, not a coin toss.
    private const int MinHits = 3;
    private const double MinHitShare = 0.05;
    private const double MinLead = 1.05;

    private static readonly Lazy<LanguageDetector> BundledDetector =
        new(() => new LanguageDetector(LanguagePack.Available.Select(LanguagePack.Load)));

    private readonly string[] languages;
    private readonly WritingScript[] scripts;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> stopwords;

    // The same masks for every stopword that equals some ASCII word ignoring case, for ASCII words (most words of
    // Latin-script text): packed into a number while scanned when short, else upper-cased for an ordinal lookup.
    private readonly PackedAsciiWords shortAsciiStopwords;
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> longAsciiStopwords;

    // Case-insensitive ordinal equality needs equal lengths: a longer word is no stopword, and needs no lookup.
    private readonly int maxStopwordLength;

    /// <summary>Builds a detector over the packs that have stopwords; packs without any are ignored.</summary>
    /// <param name="packs">The candidate languages, at most 64 with stopwords. A language listed twice counts once.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="packs"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when more than 64 languages have stopwords.</exception>
    public LanguageDetector(IEnumerable<LanguagePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var usable = packs.Where(p => p.Stopwords.Count > 0).DistinctBy(p => p.Language, StringComparer.Ordinal).ToArray();
        if (usable.Length > 64)
        {
            throw new ArgumentException("A language detector takes at most 64 languages with stopwords.", nameof(packs));
        }

        languages = Array.ConvertAll(usable, p => p.Language);
        scripts = Array.ConvertAll(usable, p => WritingScripts.Dominant(p.Stopwords));

        // One lookup per token: each stopword maps to the set of packs (bit i = pack i) that list it.
        var masks = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < usable.Length; i++)
        {
            foreach (var word in usable[i].Stopwords)
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

    /// <summary>A detector over every bundled language pack, built on first use.</summary>
    public static LanguageDetector Bundled => BundledDetector.Value;

    // Detectors over sets of bundled packs, by their languages in order: building one takes milliseconds, and callers
    // build pipelines for the same few sets again and again. Sets with a caller's own pack are never cached.
    private const int MaxCachedSets = 64;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageDetector> BundledSets = new(StringComparer.Ordinal);

    /// <summary>A detector over <paramref name="packs"/>: a shared one when they are all bundled packs, else a new one.</summary>
    internal static LanguageDetector For(IReadOnlyList<LanguagePack> packs)
    {
        if (!packs.All(LanguagePack.IsBundled))
        {
            return new LanguageDetector(packs);
        }

        string key = string.Join(',', packs.Select(p => p.Language));
        if (BundledSets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var detector = new LanguageDetector(packs);
        return BundledSets.Count < MaxCachedSets ? BundledSets.GetOrAdd(key, detector) : detector;
    }

    /// <summary>The languages this detector can return, in the order their packs were given.</summary>
    public IReadOnlyList<string> Languages => languages;

    /// <summary>Guesses the language of <paramref name="text"/> among <paramref name="packs"/>.</summary>
    /// <remarks>Builds a detector on each call; keep a <see cref="LanguageDetector"/> instead when detecting more than once.</remarks>
    /// <returns>The language tag of the best pack, or null when unsure.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="packs"/> is null.</exception>
    public static string? Detect(ReadOnlySpan<char> text, IReadOnlyList<LanguagePack> packs) => new LanguageDetector(packs).Detect(text);

    /// <summary>Guesses the language of <paramref name="text"/>. Never throws.</summary>
    /// <returns>The language tag of the best pack, or null when the text is too short, mixed or matches no pack clearly.</returns>
    public string? Detect(ReadOnlySpan<char> text)
    {
        if (languages.Length == 0)
        {
            return null;
        }

        Span<int> evidence = stackalloc int[EvidenceLength];
        evidence.Clear();
        Measure(text.Length > MaxSample ? text[..MaxSample] : text, evidence);
        return Decide(evidence);
    }

    /// <summary>
    /// The length of an evidence vector: letters per <see cref="WritingScript"/>, then the number of words, then the
    /// stopword hits of each language. Evidence adds up: the vector of a text is the sum of its pieces' vectors when
    /// the pieces are cut at whitespace, which lets the pipeline reuse each line's evidence across passes.
    /// </summary>
    internal int EvidenceLength => WritingScripts.Count + 1 + languages.Length;

    /// <summary>Adds the evidence of <paramref name="text"/> to <paramref name="evidence"/>. Its ends must be whitespace or a sample edge.</summary>
    internal void Measure(ReadOnlySpan<char> text, Span<int> evidence)
    {
        CountScripts(text, evidence[..WritingScripts.Count]);
        if (languages.Length > 0)
        {
            evidence[WritingScripts.Count] += CountStopwords(text, evidence[(WritingScripts.Count + 1)..]);
        }
    }

    /// <summary>
    /// <see cref="Measure"/> for a document line, told what its feature scan found: the number of its
    /// <paramref name="letters"/> and its <paramref name="traits"/>. The letters of an ASCII line are its Latin letters,
    /// and a line without '@', ':' or "ww" holds no address: those walks over the line are spared.
    /// </summary>
    internal void MeasureLine(ReadOnlySpan<char> line, Span<int> evidence, int letters, LineTraits traits)
    {
        var scriptCounts = evidence[..WritingScripts.Count];
        if ((traits & LineTraits.NonAscii) != 0)
        {
            CountScripts(line, scriptCounts);
        }
        else
        {
            scriptCounts[(int)WritingScript.Latin] += letters;
            scriptCounts[(int)WritingScript.Other] = 0;
        }

        if (languages.Length > 0)
        {
            var hits = evidence[(WritingScripts.Count + 1)..];
            evidence[WritingScripts.Count] += (traits & (LineTraits.AddressMark | LineTraits.DoubleW)) != 0 ? CountStopwords(line, hits) : CountAsciiHits(line, hits);
        }
    }

    /// <summary>Adds the number of letters of each script in <paramref name="text"/> to <paramref name="scriptCounts"/>.</summary>
    private static void CountScripts(ReadOnlySpan<char> text, Span<int> scriptCounts)
    {
        int asciiLetters = 0; // counted apart: most characters are ASCII, whose only letters are Latin
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time: the ASCII letters are counted in the vector, and only the characters above
            // U+007F (in Latin-script text mostly curly quotes and dashes) are looked up one by one.
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref start, (nuint)i);

                // Setting bit 5 lower-cases ASCII letters; then a letter is within 'a'..'z' (no character above
                // U+007F lands there: bit 5 leaves its high bits as they are).
                var folded = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
                asciiLetters += BitOperations.PopCount(Vector128.LessThan(folded, Vector128.Create((ushort)26)).ExtractMostSignificantBits());
                for (uint other = Vector128.GreaterThan(chars, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits(); other != 0; other &= other - 1)
                {
                    scriptCounts[(int)WritingScripts.Of(text[i + BitOperations.TrailingZeroCount(other)])]++;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            CountScript(text[i], scriptCounts, ref asciiLetters);
        }

        scriptCounts[(int)WritingScript.Latin] += asciiLetters;
        scriptCounts[(int)WritingScript.Other] = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountScript(char c, Span<int> scriptCounts, ref int asciiLetters)
    {
        if (char.IsAscii(c))
        {
            asciiLetters += char.IsAsciiLetter(c) ? 1 : 0;
        }
        else
        {
            scriptCounts[(int)WritingScripts.Of(c)]++;
        }
    }

    /// <summary>The language that <paramref name="evidence"/> (see <see cref="EvidenceLength"/>) points to, or null when unsure.</summary>
    internal string? Decide(ReadOnlySpan<int> evidence)
    {
        if (languages.Length == 0)
        {
            return null;
        }

        var script = DominantScript(evidence[..WritingScripts.Count], out int letters);
        if (script == WritingScript.Other)
        {
            return null;
        }

        ulong candidates = 0;
        for (int i = 0; i < scripts.Length; i++)
        {
            if (scripts[i] == script)
            {
                candidates |= 1UL << i;
            }
        }

        if (candidates == 0)
        {
            return null;
        }

        if (WritingScripts.DecidesLanguage(script) && ulong.PopCount(candidates) == 1)
        {
            return letters >= MinScriptLetters ? languages[ulong.TrailingZeroCount(candidates)] : null;
        }

        return ByStopwords(evidence[WritingScripts.Count], evidence[(WritingScripts.Count + 1)..], candidates);
    }

    /// <summary>The script of most letters. Kana among Han mark Japanese, whose kanji outnumber its kana in news text.</summary>
    private static WritingScript DominantScript(ReadOnlySpan<int> letterCounts, out int letters)
    {
        Span<int> counts = stackalloc int[WritingScripts.Count];
        letterCounts.CopyTo(counts);
        counts[(int)WritingScript.Other] = 0;
        int kana = counts[(int)WritingScript.Kana];
        int han = counts[(int)WritingScript.Han];
        if (kana > 0 && kana * 10 >= kana + han)
        {
            counts[(int)WritingScript.Kana] = kana + han;
            counts[(int)WritingScript.Han] = 0;
        }

        return WritingScripts.Argmax(counts, out letters);
    }

    /// <summary>The candidate whose stopwords the words hit most, when it leads clearly.</summary>
    private string? ByStopwords(int words, ReadOnlySpan<int> hitsByLanguage, ulong candidates)
    {
        // Only the candidates' hits count: the others are taken as none.
        Span<int> hits = stackalloc int[languages.Length];
        for (int k = 0; k < hits.Length; k++)
        {
            hits[k] = ((candidates >> k) & 1) != 0 ? hitsByLanguage[k] : 0;
        }

        int best = -1, second = 0;
        for (int k = 0; k < hits.Length; k++)
        {
            if (best < 0 || hits[k] > hits[best])
            {
                second = best < 0 ? 0 : hits[best];
                best = k;
            }
            else if (hits[k] > second)
            {
                second = hits[k];
            }
        }

        int top = hits[best];
        bool confident = top >= MinHits && top >= MinHitShare * words && top >= MinLead * second;
        return confident ? languages[best] : null;
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
        bool inVectors = Vector256.IsHardwareAccelerated && languages.Length <= 32;
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
            for (int k = 0; k < languages.Length; k++)
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
