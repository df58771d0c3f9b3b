using System.Buffers;
using System.Collections.Frozen;
using NewsClean.Languages;

namespace NewsClean.Benchmarks;

/// <summary>
/// The text floor plus the least work the stopword signal needs: every word of every line looked up once in one
/// language's stopword set. Issue 3 asks for that signal (jusText's strongest), so no cleaner that has it can run
/// faster than this; Clean is also judged against it to show how much of the gap to the text floor is that signal.
/// </summary>
public static class StopwordFloor
{
    // One language, looked up the way the library's detector does it: short ASCII words packed into a number as they
    // are scanned (two multiplies and two reads), any other word by span in a frozen set.
    private static readonly IReadOnlySet<string> EnglishStopwords = LanguagePack.Load("en").Stopwords;

    private static readonly PackedAsciiWords PackedEnglish = new(
        EnglishStopwords.Where(IsPackable).ToDictionary(static w => w, static _ => 1UL));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherEnglish =
        EnglishStopwords.Where(static w => !IsPackable(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The trimmed, non-empty lines of <paramref name="text"/>, joined by '\n'; the stopword hits are counted and dropped.</summary>
    public static string Run(string text)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        int at = 0;
        int hits = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            hits += CountStopwords(trimmed);
            if (at > 0)
            {
                buffer[at++] = '\n';
            }

            trimmed.CopyTo(buffer.AsSpan(at));
            at += trimmed.Length;
        }

        // The count decides nothing here, but returning it through the output keeps the JIT from dropping the lookups.
        string output = new(buffer, 0, hits < 0 ? 0 : at);
        ArrayPool<char>.Shared.Return(buffer);
        return output;
    }

    /// <summary>Words are runs of letters; each is looked up once.</summary>
    public static int CountStopwords(ReadOnlySpan<char> line)
    {
        int hits = 0;
        int start = -1;
        bool ascii = true;
        ulong packed = 0;
        int letters = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            char c = i < line.Length ? line[i] : ' ';
            if (char.IsAsciiLetter(c))
            {
                start = start < 0 ? i : start;
                packed = PackedAsciiWords.Append(packed, c, letters++);
                continue;
            }

            if (c >= 0x80 && char.IsLetter(c))
            {
                start = start < 0 ? i : start;
                ascii = false;
                continue;
            }

            if (start >= 0)
            {
                var word = line[start..i];
                bool stopword = ascii && word.Length <= PackedAsciiWords.MaxLength
                    ? PackedEnglish.Find(packed) != 0
                    : OtherEnglish.Contains(word);
                hits += stopword ? 1 : 0;
                start = -1;
                ascii = true;
                packed = 0;
                letters = 0;
            }
        }

        return hits;
    }

    private static bool IsPackable(string word) =>
        word.Length is > 0 and <= PackedAsciiWords.MaxLength && word.All(char.IsAsciiLetter);
}
