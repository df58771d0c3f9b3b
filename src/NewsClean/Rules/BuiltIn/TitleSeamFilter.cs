using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Finds the places where <see cref="TeaserRunRule.IsTitleGluedToSummary"/> may see a seam, so that it looks only there
/// instead of walking every character. A seam is a capital right after a lower-case letter, an ASCII digit, ')', '?'
/// or '!'; prose has few such pairs ("McDonald", "iPhone"), so sixteen pairs at a time are compared with the two
/// classes. A character above U+007F counts as both a capital and a lower-case letter there, and the pairs so flagged
/// are then looked up one by one (curly quotes, dashes and accented letters are common; such pairs seldom are).
/// </summary>
internal static class TitleSeamFilter
{
    /// <summary>
    /// The first position in [<paramref name="from"/>, <paramref name="limit"/>) that holds a capital after a lower-case
    /// letter, an ASCII digit, ')', '?' or '!' (<paramref name="from"/> at least 1), or -1.
    /// </summary>
    public static int NextCandidate(ReadOnlySpan<char> text, int from, int limit)
    {
        from = Math.Max(from, 1);
        limit = Math.Min(limit, text.Length);
        if (!Vector256.IsHardwareAccelerated || limit - from < Vector256<ushort>.Count)
        {
            return NextCandidateScalar(text, from, limit);
        }

        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int last = limit - Vector256<ushort>.Count;
        for (int i = from; ; i += Vector256<ushort>.Count)
        {
            // The last block overlaps the one before it rather than leaving a tail; positions already seen are masked off.
            int at = Math.Min(i, last);
            uint candidates = Candidates(Vector256.LoadUnsafe(ref start, (nuint)at), Vector256.LoadUnsafe(ref start, (nuint)(at - 1)));
            candidates &= uint.MaxValue << (i - at);
            while (candidates != 0)
            {
                int position = at + BitOperations.TrailingZeroCount(candidates);
                if (IsSeamPair(text, position))
                {
                    return position;
                }

                candidates &= candidates - 1;
            }

            if (at == last)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// One bit per position that may hold a seam: an ASCII capital or any character above U+007F, after an ASCII
    /// lower-case letter, a digit, ')', '?', '!' or any character above U+007F.
    /// </summary>
    private static uint Candidates(Vector256<ushort> current, Vector256<ushort> previous)
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
        return (capital & before).ExtractMostSignificantBits();
    }

    /// <summary>The same search a pair at a time, for short spans and as the tests' reference.</summary>
    internal static int NextCandidateScalar(ReadOnlySpan<char> text, int from, int limit)
    {
        for (int i = Math.Max(from, 1); i < Math.Min(limit, text.Length); i++)
        {
            if (IsSeamPair(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    // What the walk needs at a seam: a capital after a lower-case letter (the end of a word's lower-case tail) or after
    // an ASCII digit, ')', '?' or '!'.
    private static bool IsSeamPair(ReadOnlySpan<char> text, int capital)
    {
        char previous = text[capital - 1];
        return char.IsUpper(text[capital]) && (char.IsLower(previous) || previous is (>= '0' and <= '9') or ')' or '?' or '!');
    }
}
