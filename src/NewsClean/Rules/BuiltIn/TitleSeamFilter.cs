using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// A vectorised test that rejects most lines before <see cref="TeaserRunRule.IsTitleGluedToSummary"/> walks them. A
/// seam is a capital right after a lower-case letter, an ASCII digit, ')', '?' or '!'; prose has few such pairs
/// ("McDonald", "iPhone"), so sixteen pairs at a time are compared with the two classes. Any character above U+007F
/// counts as both a capital and a lower-case letter, so the answer is never "no" where the walk could say "yes".
/// </summary>
internal static class TitleSeamFilter
{
    /// <summary>False when no position in [1, <paramref name="limit"/>) holds a capital that may start a glued summary.</summary>
    public static bool MayHaveSeam(ReadOnlySpan<char> text, int limit)
    {
        limit = Math.Min(limit, text.Length);
        if (!Vector256.IsHardwareAccelerated || limit <= Vector256<ushort>.Count)
        {
            return MayHaveSeamScalar(text, 1, limit);
        }

        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int last = limit - Vector256<ushort>.Count;
        for (int i = 1; ; i += Vector256<ushort>.Count)
        {
            // The last block overlaps the one before it rather than leaving a tail: the question is only "any".
            int at = Math.Min(i, last);
            if (IsCandidate(Vector256.LoadUnsafe(ref start, (nuint)at), Vector256.LoadUnsafe(ref start, (nuint)(at - 1))))
            {
                return true;
            }

            if (at == last)
            {
                return false;
            }
        }
    }

    private static bool IsCandidate(Vector256<ushort> current, Vector256<ushort> previous)
    {
        var nonAscii = Vector256.Create((ushort)0x7F);
        var capital = Vector256.LessThan(current - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26))
            | Vector256.GreaterThan(current, nonAscii);
        var before = Vector256.LessThan(previous - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
            | Vector256.LessThan(previous - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
            | Vector256.Equals(previous, Vector256.Create((ushort)')'))
            | Vector256.Equals(previous, Vector256.Create((ushort)'?'))
            | Vector256.Equals(previous, Vector256.Create((ushort)'!'))
            | Vector256.GreaterThan(previous, nonAscii);
        return (capital & before) != Vector256<ushort>.Zero;
    }

    /// <summary>The same test a pair at a time, for short lines and as the tests' reference.</summary>
    internal static bool MayHaveSeamScalar(ReadOnlySpan<char> text, int from, int limit)
    {
        for (int i = Math.Max(from, 1); i < limit; i++)
        {
            char c = text[i], p = text[i - 1];
            if ((c is >= 'A' and <= 'Z' || c > '\u007F') && (p is >= 'a' and <= 'z' or >= '0' and <= '9' or ')' or '?' or '!' || p > '\u007F'))
            {
                return true;
            }
        }

        return false;
    }
}
