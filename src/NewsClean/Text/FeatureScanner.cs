using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Text;

/// <summary>Computes <see cref="LineFeatures"/> for a normalised line in one pass.</summary>
internal static class FeatureScanner
{
    public static LineFeatures Scan(ReadOnlySpan<char> line) => Scan(line, out _, out _);

    /// <inheritdoc cref="Scan(ReadOnlySpan{char}, out int, out LineTraits)"/>
    public static LineFeatures Scan(ReadOnlySpan<char> line, out int lettersAndDigits) => Scan(line, out lettersAndDigits, out _);

    /// <summary>
    /// <see cref="Scan(ReadOnlySpan{char})"/>, and the number of characters <see cref="LineFingerprint"/> hashes (its
    /// letters and digits): lines whose numbers differ are no copies, and need no fingerprint to tell.
    /// And the line's <see cref="LineTraits"/>, which language detection reads instead of walking the line again.
    /// </summary>
    public static LineFeatures Scan(ReadOnlySpan<char> line, out int lettersAndDigits, out LineTraits traits)
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

        return state.Finish(line, out lettersAndDigits, out traits);
    }

    internal static bool EndsSentence(ReadOnlySpan<char> line)
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
