using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Text;

/// <summary>Computes <see cref="LineFeatures"/> for a normalised line in one pass.</summary>
internal static class FeatureScanner
{
    public static LineFeatures Scan(ReadOnlySpan<char> line) => Scan(line, out _);

    /// <summary>
    /// <see cref="Scan(ReadOnlySpan{char})"/>, and the number of characters <see cref="LineFingerprint"/> hashes (its
    /// letters and digits): lines whose numbers differ are no copies, and need no fingerprint to tell.
    /// </summary>
    public static LineFeatures Scan(ReadOnlySpan<char> line, out int lettersAndDigits)
    {
        var state = new ScanState();
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time while they are ASCII (most of any Latin-script text); a block holding
            // anything else goes through the per-character Unicode path below, with the same running state.
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            for (; i <= line.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref start, (nuint)i);
                if (Vector128.GreaterThanAny(chars, Vector128.Create((ushort)0x7F)))
                {
                    for (int k = i; k < i + Vector128<ushort>.Count; k++)
                    {
                        state.Add(line[k]);
                    }

                    continue;
                }

                state.AddAscii(chars);
            }
        }

        for (; i < line.Length; i++)
        {
            state.Add(line[i]);
        }

        lettersAndDigits = state.LettersAndDigits;
        return new LineFeatures(
            state.Words,
            state.Letters,
            state.Upper,
            state.Digits,
            EndsSentence(line),
            state.StartsLower ?? false,
            line.Length > 0 && CharClass.IsContinuation(line[0]));
    }

    /// <summary>The counts so far and whether the scan is inside a word.</summary>
    private struct ScanState
    {
        public int Words;
        public int Letters;
        public int Upper;
        public int Digits;

        // Not Letters + Digits: an unspaced-script character counts as a letter even when it is a mark.
        public int LettersAndDigits;
        public bool InWord;
        public bool? StartsLower;

        public void Add(char c)
        {
            if (CharClass.IsUnspacedScript(c))
            {
                Words++;
                Letters++;
                LettersAndDigits += char.IsLetterOrDigit(c) ? 1 : 0;
                InWord = false;
                StartsLower ??= false;
                return;
            }

            bool isLetter = char.IsLetter(c);
            bool isDigit = char.IsDigit(c);
            if (isLetter)
            {
                Letters++;
                if (char.IsUpper(c))
                {
                    Upper++;
                }

                StartsLower ??= char.IsLower(c);
            }
            else if (isDigit)
            {
                Digits++;
            }

            LettersAndDigits += isLetter || isDigit ? 1 : 0;
            bool wordChar = isLetter || isDigit || (!char.IsAscii(c) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark);
            if (wordChar && !InWord)
            {
                Words++;
            }

            InWord = wordChar;
        }

        /// <summary>Adds eight ASCII characters: ASCII letters and digits are the only word characters among them.</summary>
        public void AddAscii(Vector128<ushort> chars)
        {
            uint upperBits = InRange(chars, 'A', 'Z');
            uint lowerBits = InRange(chars, 'a', 'z');
            uint digitBits = InRange(chars, '0', '9');
            uint letterBits = upperBits | lowerBits;
            uint wordBits = letterBits | digitBits;

            // A word starts where a word character follows a non-word one (or the previous block's non-word end).
            uint previousBits = (wordBits << 1) | (InWord ? 1u : 0u);
            Words += BitOperations.PopCount(wordBits & ~previousBits);
            InWord = (wordBits & (1u << (Vector128<ushort>.Count - 1))) != 0;
            Upper += BitOperations.PopCount(upperBits);
            Letters += BitOperations.PopCount(letterBits);
            Digits += BitOperations.PopCount(digitBits);
            LettersAndDigits += BitOperations.PopCount(wordBits);
            if (StartsLower is null && letterBits != 0)
            {
                StartsLower = ((lowerBits >> BitOperations.TrailingZeroCount(letterBits)) & 1) != 0;
            }
        }

        /// <summary>One bit per character: set when it lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
        private static uint InRange(Vector128<ushort> chars, char low, char high) =>
            Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)low), Vector128.Create((ushort)(high - low))).ExtractMostSignificantBits();
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        // Closing quotes, emoji or other symbols after the full stop ("… today! 🙂"), and invisible format characters
        // (a word joiner a page's editor left at the end) don't hide the sentence end.
        int i = line.Length - 1;
        bool pictograph = false;
        while (i >= 0 && (CharClass.IsCloser(line[i]) || IsTrailingSymbol(line[i]) || line[i] == ' '))
        {
            pictograph |= char.IsLowSurrogate(line[i]);
            i--;
        }

        // Informal writing ends a sentence with a pictograph instead of a stop ("… widely known to the world 🙂"):
        // an emoji from the supplementary planes after a word counts as the stop. '©' or '™' after a title does not.
        return i >= 0 && (CharClass.IsSentenceEnd(line[i]) || (pictograph && char.IsLetterOrDigit(line[i])) || WireCode.Start(line) >= 0);
    }

    private static bool IsTrailingSymbol(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\u200D' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.Format;
}
