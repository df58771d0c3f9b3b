using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Languages;

/// <summary>The writing systems the language detector tells apart by code point range.</summary>
internal enum WritingScript
{
    /// <summary>Not a letter, or a script the detector does not track.</summary>
    Other,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    Hangul,

    /// <summary>Hiragana and katakana: only Japanese uses them.</summary>
    Kana,

    /// <summary>CJK ideographs: Chinese, or Japanese when kana are present too.</summary>
    Han,
}

/// <summary>Maps characters to <see cref="WritingScript"/> by Unicode block, without lookups or allocation.</summary>
internal static class WritingScripts
{
    /// <summary>The number of <see cref="WritingScript"/> values, for per-script counters.</summary>
    public const int Count = (int)WritingScript.Han + 1;

    /// <summary>
    /// Scripts written by one language among those a pack is likely to cover, or without spaces between words: there
    /// the script alone names the language, and stopword counting over space-separated tokens would not work anyway.
    /// </summary>
    public static bool DecidesLanguage(WritingScript script) => script is WritingScript.Hangul or WritingScript.Kana or WritingScript.Han or WritingScript.Thai;

    /// <summary>The script of a letter; <see cref="WritingScript.Other"/> for anything that is not a letter.</summary>
    public static WritingScript Of(char c)
    {
        if (c < '\u0080')
        {
            return char.IsAsciiLetter(c) ? WritingScript.Latin : WritingScript.Other;
        }

        if (!char.IsLetter(c))
        {
            return WritingScript.Other;
        }

        return c switch
        {
            <= '\u024F' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F') or (>= '\uA720' and <= '\uA7FF') => WritingScript.Latin,
            >= '\u0370' and <= '\u03FF' or (>= '\u1F00' and <= '\u1FFF') => WritingScript.Greek,
            >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
            >= '\u0590' and <= '\u05FF' => WritingScript.Hebrew,
            (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF')
                or (>= '\uFE70' and <= '\uFEFF') => WritingScript.Arabic,
            >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
            >= '\u0E00' and <= '\u0E7F' => WritingScript.Thai,
            (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uAC00' and <= '\uD7AF') => WritingScript.Hangul,
            (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9D') => WritingScript.Kana,
            (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') => WritingScript.Han,
            _ => WritingScript.Other,
        };
    }

    /// <summary>The script most letters of <paramref name="words"/> are written in; <see cref="WritingScript.Other"/> when none.</summary>
    public static WritingScript Dominant(IEnumerable<string> words)
    {
        Span<int> counts = stackalloc int[Count];
        foreach (var word in words)
        {
            foreach (char c in word)
            {
                counts[(int)Of(c)]++;
            }
        }

        counts[(int)WritingScript.Other] = 0;
        return Argmax(counts, out _);
    }

    /// <summary>The script with the highest count (the first on a tie); <paramref name="count"/> is that count.</summary>
    public static WritingScript Argmax(ReadOnlySpan<int> counts, out int count)
    {
        int best = 0;
        for (int i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        count = counts[best];
        return count == 0 ? WritingScript.Other : (WritingScript)best;
    }

    /// <summary>Adds the number of letters of each script in <paramref name="text"/> to <paramref name="scriptCounts"/>.</summary>
    public static void CountLetters(ReadOnlySpan<char> text, Span<int> scriptCounts)
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
                    scriptCounts[(int)Of(text[i + BitOperations.TrailingZeroCount(other)])]++;
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
            scriptCounts[(int)Of(c)]++;
        }
    }
}
