using NewsClean.Text;

namespace NewsClean.Rules.BuiltIn;

/// <summary>Shape tests shared by the built-in rules.</summary>
internal static class LineShape
{
    /// <summary>
    /// A line that reads like a headline or link title: a few words, not a finished sentence. Scripts written without
    /// spaces count each character as a word, so there a headline may have three times as many
    /// ("Adobe Acrobat9を新しいパソコンにインストールしたらライセンス認証できなかった問題を解決").
    /// </summary>
    public static bool IsHeadlineLike(in LineFeatures f, ReadOnlySpan<char> text) =>
        f.Words > 0 && !f.EndsSentence
        && (f.Words <= MaxHeadlineWords || (f.Words <= MaxHeadlineWords * CharactersPerWord && text.Count(' ') * CharactersPerWord < f.Words));

    /// <summary>
    /// Two capitals for every three words: title case ("Home Depot Stock Is Falling After Its Earnings Release."), which
    /// headlines use and sentences (a caption, a standfirst) do not.
    /// </summary>
    public static bool IsTitleCased(in LineFeatures f) => f.Uppercase * 3 >= f.Words * 2;

    /// <summary>
    /// A match's result alone on its line: a team's name, the two scores joined by a dash or a colon, the other team's
    /// name ("Valencia 1 - 2 Betis", "Real Madrid 3-1 Barcelona", "Bayern 2:0 Dortmund"), at most six words and nothing else.
    /// </summary>
    public static bool IsScoreLine(in LineFeatures f, ReadOnlySpan<char> text)
    {
        if (f.Words > MaxScoreLineWords || f.Digits is 0 or > 6 || f.EndsSentence)
        {
            return false;
        }

        // The first digit starts the score; names stand on both sides of it.
        int first = text.IndexOfAnyInRange('0', '9');
        if (first <= 1 || text[first - 1] != ' ' || !char.IsLetter(text[0]))
        {
            return false;
        }

        int i = first;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('-' or '–' or ':'))
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int second = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // After the second score only the other team's name: letters, spaces, dots and hyphens.
        if (i == second || i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var rest = text[i..].Trim();
        if (rest.IsEmpty || !char.IsLetter(rest[0]))
        {
            return false;
        }

        foreach (char c in rest)
        {
            if (!char.IsLetter(c) && c is not ' ' and not '.' and not '-' and not '\'')
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxScoreLineWords = 6;

    /// <summary>Two years joined by a dash and nothing else: an obituary's "1938 - 2026", "1938–2026".</summary>
    public static bool IsYearSpan(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 9 or > 11 || !IsYear(text[..4]) || !IsYear(text[^4..]))
        {
            return false;
        }

        var between = text[4..^4].Trim();
        return between.Length == 1 && between[0] is '-' or '–' or '—';
    }

    private static bool IsYear(ReadOnlySpan<char> text) => int.TryParse(text, out int year) && year is >= 1000 and <= 2100;

    /// <summary>The most words a headline has.</summary>
    public const int MaxHeadlineWords = 25;

    // Chinese and Japanese words run two to three characters; fewer spaces than a third of the characters marks them.
    private const int CharactersPerWord = 3;

    /// <summary>
    /// The line asks a question ("Did Pelosi Divert $2.4 Billion …?", "Pourquoi les TER sont-ils si souvent en retard ?"):
    /// headlines do, so a question mark alone does not make a line prose. Closing quotes and brackets may follow it.
    /// </summary>
    public static bool AsksQuestion(ReadOnlySpan<char> text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (text[i] == ' ' || CharClass.IsCloser(text[i])))
        {
            i--;
        }

        return i >= 0 && text[i] is '?' or '？' or '؟';
    }

    /// <summary>Splits a line into words (letter and digit runs), calling <paramref name="visit"/> on each until it returns false.</summary>
    public static void ForEachWord<TState>(ReadOnlySpan<char> line, ref TState state, WordVisitor<TState> visit)
    {
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetterOrDigit(line[i]))
            {
                i++;
            }

            int start = i;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || (line[i] is '.' or '\'' or '-' && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1]))))
            {
                i++;
            }

            if (i > start && !visit(line[start..i], ref state))
            {
                return;
            }
        }
    }

    /// <summary>Visits one word; returns false to stop.</summary>
    public delegate bool WordVisitor<TState>(ReadOnlySpan<char> word, ref TState state);

    /// <summary>
    /// The index of the '(' that opens a parenthetical ending the line, or -1. "Text. (EPA)" gives the index of '('.
    /// Chinese and Japanese text uses the full-width pair: "……检票。（图/视觉中国）".
    /// </summary>
    public static int TrailingParenthesis(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[^1] is not (')' or '）'))
        {
            return -1;
        }

        int open = line.LastIndexOf(line[^1] == ')' ? '(' : '（');
        return open >= 0 && line[(open + 1)..^1].IndexOfAny("()（）") < 0 ? open : -1;
    }

    /// <summary>
    /// A coarse shape of a table-like row: how it starts (digit, capital, lowercase, other) and which field separators
    /// it uses (":", a spaced dash, "@", "|", ","). Rows of one table share it; a list of headlines rarely does.
    /// </summary>
    public static int DataRowShape(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return 0;
        }

        char c = line[0];
        int shape = char.IsDigit(c) ? 1 : char.IsUpper(c) ? 2 : char.IsLower(c) ? 4 : 8;
        shape |= line.Contains(':') ? 16 : 0;
        shape |= line.Contains(" – ", StringComparison.Ordinal) || line.Contains(" - ", StringComparison.Ordinal) || line.Contains(" — ", StringComparison.Ordinal) ? 32 : 0;
        shape |= line.Contains('@') ? 64 : 0;
        shape |= line.Contains('|') ? 128 : 0;
        shape |= line.Contains(',') ? 256 : 0;
        return shape;
    }

    /// <summary>Whether a <see cref="DataRowShape"/> includes a field separator.</summary>
    public static bool HasFieldSeparator(int shape) => shape >= 16;

    /// <summary>The fewest and the most words of a personal name.</summary>
    public const int MinNameWords = 2;

    /// <inheritdoc cref="MinNameWords"/>
    public const int MaxNameWords = 4;

    /// <summary>
    /// "Brigit Katz", "Carlos Nadalim", "Moritz Bachmann": two to four words, each starting with a capital letter, none
    /// with a digit. Author boxes, bylines and photographers' credits name people this way.
    /// </summary>
    public static bool IsPersonalName(ReadOnlySpan<char> text)
    {
        // One walk rather than a split and a digit search per word: callers ask this of many short lines.
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                if (!char.IsUpper(c) || ++words > MaxNameWords)
                {
                    return false;
                }

                inWord = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return words >= MinNameWords;
    }
}
