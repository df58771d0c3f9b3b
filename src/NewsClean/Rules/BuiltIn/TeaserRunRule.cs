namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes runs of teaser lines that carry a link list's own marks: titles cut off by the site ("Microsoft removes the
/// safeguard hold for Windows 10 users with Realtek Bluetooth...") or a title glued to its summary by the scraper
/// ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left …"). One such line can be an
/// article's own (a sentence trailing off, a brand name in camel case); <see cref="MinRun"/> in a row are a list.
/// </summary>
internal sealed class TeaserRunRule() : CleaningRule("structure.teaser-runs", "Removes runs of teaser lines: titles cut off with an ellipsis, or glued to their summary.")
{
    internal override bool ReadsPageLayout => true;

    internal const int MinRun = 3;
    private const int MinTeaserWords = 3;
    private const string Reason = "run of teaser lines (cut-off titles or titles glued to their summaries)";

    /// <summary>Teaser lists often hold more prose than the article (a summary per story); three in a row is strong evidence.</summary>
    public override double MaxProseShare => 0.8;

    protected internal override void Apply(CleaningContext context)
    {
        // Lines other rules removed inside a run (a timestamp under each teaser) neither break it nor count towards it.
        int runStart = -1, kept = 0;
        for (int i = 0; i <= context.LineCount; i++)
        {
            if (i < context.LineCount && context.IsRemoved(i))
            {
                continue;
            }

            if (i < context.LineCount && IsTeaser(context, i))
            {
                runStart = kept++ == 0 ? i : runStart;
                continue;
            }

            if (kept >= MinRun)
            {
                for (int j = runStart; j < i; j++)
                {
                    if (!context.IsRemoved(j))
                    {
                        context.Remove(j, Reason);
                    }
                }
            }

            kept = 0;
        }
    }

    private static bool IsTeaser(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        return context.GetFeatures(line).Words >= MinTeaserWords && (IsCutOff(text) || IsTitleGluedToSummary(text));
    }

    /// <summary>"… with Realtek Bluetooth...", "… become […]": the site cut the title or excerpt short.</summary>
    internal static bool IsCutOff(ReadOnlySpan<char> text) =>
        text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…') || text.EndsWith("[…]", StringComparison.Ordinal);

    // The glued word's lower-case tail before the capital: "Steakhouse|A" has 9; "Mac|Book" (2), "You|Tube" (2) and
    // "Play|Station" (3) are brand names, not a seam.
    private const int MinLowerBeforeSeam = 4;
    private const int MinTitleWords = 3;
    private const int MaxTitleLength = 160;

    /// <summary>
    /// "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left …": a title-cased head of at least
    /// three words whose last word runs into a capitalised word that starts the summary, with no space between.
    /// </summary>
    internal static bool IsTitleGluedToSummary(ReadOnlySpan<char> text)
    {
        int limit = Math.Min(text.Length - 1, MaxTitleLength);
        int lowerRun = 0;
        for (int i = 1; i < limit; i++)
        {
            char c = text[i];
            if (char.IsLower(c))
            {
                lowerRun++;
                continue;
            }

            if (char.IsUpper(c) && lowerRun >= MinLowerBeforeSeam && StartsSummaryWord(text[i..]) && IsTitleCased(text[..i]))
            {
                return true;
            }

            lowerRun = 0;
        }

        return false;
    }

    /// <summary>"A party …", "In the market …": a capital, then lower-case letters up to a space.</summary>
    private static bool StartsSummaryWord(ReadOnlySpan<char> text)
    {
        int i = 1;
        while (i < text.Length && char.IsLower(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ' ';
    }

    /// <summary>At least three words, and at least 60% of them start with a capital or a digit ("Police: 2 In Custody After …").</summary>
    private static bool IsTitleCased(ReadOnlySpan<char> head)
    {
        int words = 0, capitalised = 0;
        foreach (var range in head.Split(' '))
        {
            var word = head[range].TrimStart("\"'‘“(");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) || char.IsDigit(word[0]) ? 1 : 0;
        }

        return words >= MinTitleWords && capitalised * 5 >= words * 3;
    }
}
