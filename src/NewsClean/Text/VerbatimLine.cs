using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Text;

/// <summary>
/// Reads a raw line that normalising would leave as it is (most lines) in one walk: it checks that, copies the line
/// and scans its features together, where <see cref="TextDocument.Normalize"/> and <see cref="FeatureScanner.Scan(ReadOnlySpan{char}, out int, out LineTraits)"/>
/// would walk it three times (two checks and a scan) besides the copy.
/// </summary>
internal static class VerbatimLine
{
    /// <summary>
    /// When normalising <paramref name="raw"/> gives <paramref name="raw"/> itself, copies it to
    /// <paramref name="destination"/> (which must have room) and returns true with what
    /// <see cref="FeatureScanner.Scan(ReadOnlySpan{char}, out int, out LineTraits)"/> gives for it. Else returns false,
    /// and the caller normalises and scans as usual (whatever was copied is overwritten).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> raw, Span<char> destination, out LineFeatures features, out int lettersAndDigits, out LineTraits traits)
    {
        features = default;
        lettersAndDigits = 0;
        traits = LineTraits.None;
        if (raw.IsEmpty || raw[0] == ' ' || raw[^1] == ' ' || destination.Length < raw.Length)
        {
            return false;
        }

        // ScanState counts a block as it counts its characters one by one (Add), so the counts agree with
        // FeatureScanner.Scan's.
        var state = new ScanState();
        bool afterSpace = false;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(raw));
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
            for (; i <= raw.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref source, (nuint)i);

                // Anything but printable ASCII (' ' to '~') is judged a character at a time.
                if (Vector128.GreaterThanAny(chars - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' '))))
                {
                    if (!TryReadMixed(raw.Slice(i, Vector128<ushort>.Count), chars, ref state, ref afterSpace))
                    {
                        return false;
                    }
                }
                else
                {
                    // Normalising collapses two spaces in a row, within the block or across its start.
                    uint spaces = Vector128.Equals(chars, Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
                    if ((spaces & ((spaces << 1) | (afterSpace ? 1u : 0u))) != 0)
                    {
                        return false;
                    }

                    afterSpace = (spaces & (1u << (Vector128<ushort>.Count - 1))) != 0;
                    state.AddAscii(chars);
                }

                chars.StoreUnsafe(ref target, (nuint)i);
            }
        }

        for (; i < raw.Length; i++)
        {
            if (!KeptAsIs(raw[i], ref afterSpace))
            {
                return false;
            }

            destination[i] = raw[i];
            state.Add(raw[i]);
        }

        features = state.Finish(destination[..raw.Length], out lettersAndDigits, out traits);
        return true;
    }

    /// <summary>
    /// Reads a block of eight characters that are not all printable ASCII into <paramref name="state"/>; false when
    /// normalising would change one of them, as <see cref="KeptAsIs"/> judges. Only the characters above U+007F are
    /// looked at one by one (in Latin-script text mostly curly quotes and dashes among ASCII letters).
    /// </summary>
    private static bool TryReadMixed(ReadOnlySpan<char> block, Vector128<ushort> chars, ref ScanState state, ref bool afterSpace)
    {
        // Control characters (a tab among them) and DEL are left to the normaliser.
        if ((Vector128.LessThan(chars, Vector128.Create((ushort)' ')) | Vector128.Equals(chars, Vector128.Create((ushort)0x7F))) != Vector128<ushort>.Zero)
        {
            return false;
        }

        for (uint other = Vector128.GreaterThan(chars, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits(); other != 0; other &= other - 1)
        {
            char c = block[BitOperations.TrailingZeroCount(other)];
            if (CharClass.IsInvisible(c) || CharClass.IsSpace(c))
            {
                return false;
            }
        }

        // Normalising collapses two spaces in a row, within the block or across its start.
        uint spaces = Vector128.Equals(chars, Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
        if ((spaces & ((spaces << 1) | (afterSpace ? 1u : 0u))) != 0)
        {
            return false;
        }

        afterSpace = (spaces & (1u << (Vector128<ushort>.Count - 1))) != 0;
        if (!state.TryAddMixed(chars, block))
        {
            foreach (char c in block)
            {
                state.Add(c);
            }
        }

        return true;
    }

    /// <summary>
    /// Whether normalising copies <paramref name="c"/> as it is, given whether a space came just before; neither the
    /// line's first nor its last character is a space. Control characters are left to the normaliser: a tab becomes
    /// a space there, and the others are too rare to judge here.
    /// </summary>
    private static bool KeptAsIs(char c, ref bool afterSpace)
    {
        if (c == ' ')
        {
            bool single = !afterSpace;
            afterSpace = true;
            return single;
        }

        afterSpace = false;
        if (c is > ' ' and < '\u007F')
        {
            return true;
        }

        return c > '\u007F' && !CharClass.IsInvisible(c) && !CharClass.IsSpace(c);
    }
}
