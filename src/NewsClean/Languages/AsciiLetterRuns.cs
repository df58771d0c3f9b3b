using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsClean.Languages;

/// <summary>
/// A text whose words are all ASCII (ASCII text, and most Latin-script text whose only other characters are curly quotes
/// and dashes) laid out for finding its words without a branch per character: its characters narrowed to bytes and
/// a bitmap with one bit per character, set for ASCII letters. The detector walks the bitmap's runs of set bits (its
/// words) with bit counts, and packs each short word from the bytes as <see cref="PackedAsciiWords"/> keys it.
/// </summary>
internal static class AsciiLetterRuns
{
    /// <summary>The longest text laid out at once; the caller cuts longer text at a character that is no letter.</summary>
    public const int MaxLength = 2048;

    /// <summary>Bytes to lay out a text of <paramref name="length"/>: whole blocks, and room to read 12 bytes from any word's start.</summary>
    public static int BytesFor(int length) => ((length + BlockLength - 1) / BlockLength * BlockLength) + BlockLength;

    /// <summary>Bitmap words for a text of <paramref name="length"/>: one bit per character, and a zero word after the last.</summary>
    public static int BitmapWordsFor(int length) => ((length + 63) / 64) + 1;

    // Characters narrowed and tested per step.
    private const int BlockLength = 16;

    /// <summary>
    /// Narrows <paramref name="text"/> (at most <see cref="MaxLength"/> characters) into <paramref name="bytes"/> and sets
    /// a bit in <paramref name="bitmap"/> for each ASCII letter; a character above U+007F becomes 0x80, no letter. Both
    /// come zeroed and sized by <see cref="BytesFor"/> and <see cref="BitmapWordsFor"/>: everything past the text stays
    /// zero. Returns false, with the layout unfinished, when a character above U+007F is a word character
    /// (<see cref="StopwordCounter.IsWordChar"/>): then the text's words are not just its runs of ASCII letters.
    /// </summary>
    public static bool Lay(ReadOnlySpan<char> text, Span<byte> bytes, Span<ulong> bitmap)
    {
        ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref byte target = ref MemoryMarshal.GetReference(bytes);
        var nonAscii = Vector128.Create((ushort)0x80);
        int i = 0;
        for (; i <= text.Length - BlockLength; i += BlockLength)
        {
            var low = Vector128.LoadUnsafe(ref source, (nuint)i);
            var high = Vector128.LoadUnsafe(ref source, (nuint)(i + 8));
            if (Vector128.GreaterThanOrEqualAny(low | high, nonAscii))
            {
                // Curly quotes, dashes and the like (most such characters in Latin-script text) only part words.
                if (HasWordChar(text.Slice(i, BlockLength)))
                {
                    return false;
                }

                low = Vector128.Min(low, nonAscii);
                high = Vector128.Min(high, nonAscii);
            }

            var narrowed = Vector128.Narrow(low, high);
            narrowed.StoreUnsafe(ref target, (nuint)i);
            bitmap[i / 64] |= (ulong)LetterBits(narrowed) << (i % 64);
        }

        if (i < text.Length)
        {
            // The last, partial block: the bytes past the text are zero, which is no letter.
            if (HasWordChar(text[i..]))
            {
                return false;
            }

            for (int k = i; k < text.Length; k++)
            {
                bytes[k] = (byte)Math.Min(text[k], (char)0x80);
            }

            bitmap[i / 64] |= (ulong)LetterBits(Vector128.LoadUnsafe(ref target, (nuint)i)) << (i % 64);
        }

        return true;
    }

    private static bool HasWordChar(ReadOnlySpan<char> block)
    {
        foreach (char c in block)
        {
            if (!char.IsAscii(c) && StopwordCounter.IsWordChar(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word of <paramref name="length"/> letters (1 to <see cref="PackedAsciiWords.MaxLength"/>) at
    /// <paramref name="at"/>, packed as <see cref="PackedAsciiWords.Pack"/> packs it. Reads 12 bytes from
    /// <paramref name="at"/> whatever the length: <see cref="BytesFor"/> leaves room for that.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(ref byte at, int length)
    {
        if (Bmi2.X64.IsSupported)
        {
            // Each letter's low five bits, first letter lowest: bytes past the word are cleared before extracting.
            ulong low = Unsafe.ReadUnaligned<ulong>(ref at);
            uint high = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, 8));
            ulong lowBits = Bmi2.X64.ParallelBitExtract(Bmi2.X64.ZeroHighBits(low, (ulong)(length * 8)), 0x1F1F1F1F1F1F1F1FUL);
            uint highBits = Bmi2.ParallelBitExtract(Bmi2.ZeroHighBits(high, (uint)Math.Max(0, (length - 8) * 8)), 0x1F1F1F1FU);
            return lowBits | ((ulong)highBits << 40);
        }

        ulong packed = 0;
        for (int k = 0; k < length; k++)
        {
            packed |= (ulong)(Unsafe.Add(ref at, k) & 0x1F) << (5 * k);
        }

        return packed;
    }

    /// <summary>One bit per byte: set for ASCII letters. Setting bit 5 lower-cases them; then a letter is within 'a'..'z'.</summary>
    private static uint LetterBits(Vector128<byte> bytes) =>
        Vector128.LessThan((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits();
}
