using NewsClean.Text;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Finds sentences a scraper broke at inline links: "Het voetveer over de IJssel tussen" / "Zutphen" / "en" /
/// "Brummen" / "vaart vanaf zaterdag weer …". Each piece alone is a short line that reads like a menu entry; together
/// they are one sentence of the article. Blank lines are not read: the output puts one between every two lines, and the
/// next pass (or a second Clean) must see the same sentence.
/// </summary>
internal static class BrokenSentences
{
    // A name alone on its line between two pieces: "Zutphen", "Sint-Jansklooster", "Den Haag".
    private const int MaxLinkWords = 3;

    /// <summary>
    /// Marks in <paramref name="marks"/> the kept lines of each run of pieces that, joined, is a sentence of prose length
    /// (at least <see cref="MinSentenceWords"/> words and a full stop at the end). A piece continues the line above when
    /// that line ends mid-sentence and it starts in lowercase or with a mark that cannot start a sentence (", die …",
    /// ". Die …"), or when it is a short name that such a piece follows.
    /// </summary>
    public static void Mark(CleaningContext context, Span<bool> marks)
    {
        int runStart = 0, words = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            bool continues = i > runStart && Continues(context, i);
            if (!continues)
            {
                runStart = i;
                words = 0;
            }

            if (context.IsRemoved(i))
            {
                runStart = i + 1;
                words = 0;
                continue;
            }

            words += context.GetFeatures(i).Words;
            bool runEnds = i + 1 >= context.LineCount || !Continues(context, i + 1);
            if (runEnds && i > runStart && words >= MinSentenceWords && context.GetFeatures(i).EndsSentence)
            {
                marks[runStart..(i + 1)].Fill(true);
            }
        }
    }

    private const int MinSentenceWords = 12;

    /// <summary>Line <paramref name="line"/> is the next piece of the sentence on the line above it.</summary>
    private static bool Continues(CleaningContext context, int line)
    {
        int previous = line - 1;
        if (context.IsRemoved(line) || context.IsRemoved(previous) || context.GetFeatures(previous).EndsSentence)
        {
            return false;
        }

        if (StartsMidSentence(context, line))
        {
            return true;
        }

        var f = context.GetFeatures(line);
        int next = line + 1;
        return f.Words is > 0 and <= MaxLinkWords && !f.EndsSentence
            && next < context.LineCount && !context.IsRemoved(next) && StartsMidSentence(context, next);
    }

    /// <summary>
    /// The line starts with a lowercase letter, or with a comma, a closing bracket or a full stop and a space: only a
    /// sentence's rest does. (A quotation's first letter may be lowercase after its marks: "\"$53 million …" starts one.)
    /// </summary>
    private static bool StartsMidSentence(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        return text.Length > 1 && (char.IsLower(text[0]) || context.GetFeatures(line).StartsWithPunctuation || (text[0] == '.' && text[1] == ' '));
    }
}
