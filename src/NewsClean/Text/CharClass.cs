using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsClean.Text;

/// <summary>Character classes used by the normaliser and the feature scanner.</summary>
internal static class CharClass
{
    /// <summary>Characters that end a line: CR, LF and the Unicode line and paragraph separators.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029\u0085\v\f");

    /// <summary>
    /// Where the first of <see cref="LineBreaks"/> is in <paramref name="text"/>, or -1. The set's three non-ASCII
    /// breaks make .NET's search for it a probabilistic one; here sixteen characters at a time are compared with the
    /// range '\n' to '\r' (the ASCII breaks), U+0085 and U+2028/U+2029 (equal but for the last bit).
    /// </summary>
    public static int IndexOfLineBreak(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var chars = Vector256.LoadUnsafe(ref start, (nuint)i);
                var breaks = Vector256.LessThan(chars - Vector256.Create((ushort)'\n'), Vector256.Create((ushort)('\r' - '\n' + 1)))
                    | Vector256.Equals(chars, Vector256.Create((ushort)'\u0085'))
                    | Vector256.Equals(chars & Vector256.Create((ushort)0xFFFE), Vector256.Create((ushort)'\u2028'));
                if (breaks != Vector256<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(breaks.ExtractMostSignificantBits());
                }
            }
        }

        int rest = text[i..].IndexOfAny(LineBreaks);
        return rest < 0 ? -1 : i + rest;
    }

    /// <summary>Invisible characters that carry no text: zero-width space, word joiner, BOM and soft hyphen.
    /// ZWNJ and ZWJ (U+200C, U+200D) are kept: Persian, Indic scripts and emoji need them.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or '\u200E' or '\u200F';

    /// <summary>Any Unicode space or tab, including NBSP and the typographic spaces.</summary>
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    /// <summary>Sentence-final punctuation across scripts (Latin, CJK full stops, Devanagari danda, Arabic and Armenian marks).</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '।' or '؟' or '։' or '۔' or '｡';

    /// <summary>Closing quotes and brackets that may follow sentence-final punctuation.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '」' or '』' or '）';

    /// <summary>Marks that can only continue a sentence, never start one.</summary>
    public static bool IsContinuation(char c) => c is ',' or ';' or ':' or ')' or ']' or '，' or '、' or '；' or '：';

    /// <summary>Scripts written without spaces, where each character is counted as a word.</summary>
    public static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0E7F');
}
