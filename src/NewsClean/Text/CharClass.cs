using System.Buffers;
using System.Globalization;

namespace NewsClean.Text;

/// <summary>Character classes used by the normaliser and the feature scanner.</summary>
internal static class CharClass
{
    /// <summary>Characters that end a line: CR, LF and the Unicode line and paragraph separators.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029\u0085\v\f");

    /// <summary>
    /// Where the first of <see cref="LineBreaks"/> is in <paramref name="text"/>, or -1. The ASCII breaks are the range
    /// '\n' to '\r', which a vectorised range search finds several times faster than the set's mixed search (the
    /// three others make it a probabilistic one); the others are then looked for only before the first ASCII break.
    /// </summary>
    public static int IndexOfLineBreak(ReadOnlySpan<char> text)
    {
        int ascii = text.IndexOfAnyInRange('\n', '\r');
        int other = (ascii < 0 ? text : text[..ascii]).IndexOfAny('\u0085', '\u2028', '\u2029');
        return other >= 0 ? other : ascii;
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
