namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// The densest run of prose in whole-page text, the core of <see cref="MainContentRule"/>: each line scores its word
/// count when it reads as prose and minus its length (at most 10) otherwise, and the article is the run of lines with
/// the largest total (maximum-sum subarray, linear time), joined with any run at least half as heavy, or lighter
/// across a gap with no page furniture in it.
/// </summary>
internal static class ProseRegion
{
    // The least a non-prose line costs: a menu of 30 one-word items (-60) separates two regions, a subheading does not.
    private const int ShortLinePenalty = 2;

    // The most one line costs; a run of them (a teaser list, a share bar and its heading) adds up.
    private const int MaxLinePenalty = 10;

    private static int Score(CleaningContext context, int line, ReadOnlySpan<bool> fragments)
    {
        // Prose counts its words. A short finished sentence ("The barrier reopened at dawn.") counts half, so it never
        // splits an article. Other lines cost their length up to a cap: a teaser headline weighs against the summary
        // under it, a subheading or an unfinished quote costs little next to the paragraphs around it. Lines other rules
        // removed are certain boilerplate and cost the cap, so removing a menu never makes the page look denser.
        var f = context.GetFeatures(line);
        if (context.IsRemoved(line))
        {
            return -MaxLinePenalty;
        }

        // A piece of a sentence broken at inline links counts as the prose it is part of.
        if (context.IsProse(line) || fragments[line])
        {
            return f.Words;
        }

        if (f.EndsSentence && f.Words >= 3)
        {
            return f.Words / 2;
        }

        // A recipe's ingredients ("1 su bardağı kırmızı mercimek", "200 g Mehl") weigh neither for nor against the text.
        if (InQuantityList(context, line))
        {
            return 0;
        }

        return -Math.Clamp(f.Words, ShortLinePenalty, MaxLinePenalty);
    }

    /// <summary>The line is one of at least three quantity rows in a row (see <see cref="IsQuantityRow"/>).</summary>
    private static bool InQuantityList(CleaningContext context, int line)
    {
        if (!IsQuantityRow(context, line))
        {
            return false;
        }

        bool before = IsQuantityRow(context, line - 1), after = IsQuantityRow(context, line + 1);
        return (before && after) || (before && IsQuantityRow(context, line - 2)) || (after && IsQuantityRow(context, line + 2));
    }

    private const int MaxQuantityRowWords = 6;

    /// <summary>
    /// A short kept line that starts with an amount and a unit or thing in lowercase: "1 adet kuru soğan", "2 cups flour",
    /// "200 g Mehl". Teaser headlines that start with a number are title-cased ("27 Oddest Medical Case Reports") or run
    /// longer ("7 foods that boost immunity in winter").
    /// </summary>
    private static bool IsQuantityRow(CleaningContext context, int line)
    {
        if (line < 0 || line >= context.LineCount || context.IsRemoved(line))
        {
            return false;
        }

        var f = context.GetFeatures(line);
        if (f.Words is < 2 or > MaxQuantityRowWords || f.EndsSentence)
        {
            return false;
        }

        var text = context.GetText(line);
        int i = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ',' or '.' or '/' or '-' or '½' or '¼' or '¾'))
        {
            i++;
        }

        return i > 0 && char.IsAsciiDigit(text[0]) && i + 1 < text.Length && text[i] == ' ' && char.IsLower(text[i + 1]);
    }

    /// <summary>Kadane's maximum-sum subarray over the line scores of [from, to).</summary>
    internal static (int Start, int End, int Sum) DensestRegion(CleaningContext context, int from, int to, ReadOnlySpan<bool> fragments)
    {
        int bestSum = 0, bestStart = -1, bestEnd = -1;
        int sum = 0, runStart = from;
        for (int i = from; i < to; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                runStart = i;
            }

            sum += Score(context, i, fragments);
            if (sum > bestSum)
            {
                (bestSum, bestStart, bestEnd) = (sum, runStart, i);
            }
        }

        return (bestStart, bestEnd, bestSum);
    }

    /// <summary>
    /// An article split by a long list, a gallery or an ad block has a second dense run. Runs outside the main one that
    /// join it (see <see cref="JoinsArticle"/>) extend the article over everything between; each gap is recorded, so
    /// the furniture in it can be judged once the region is known.
    /// </summary>
    internal static (int Start, int End, int GapCount) JoinSecondaryRegions(
        CleaningContext context, int start, int end, int sum, Span<(int From, int To)> gaps, ReadOnlySpan<bool> fragments)
    {
        int gapCount = 0;
        for (int round = 0; round < MaxSecondaryRegions; round++)
        {
            var before = DensestRegion(context, 0, start, fragments);
            var after = DensestRegion(context, end + 1, context.LineCount, fragments);
            bool joinBefore = before.Start >= 0 && JoinsArticle(context, before.Sum, sum, before.End + 1, start);
            bool joinAfter = after.Start >= 0 && JoinsArticle(context, after.Sum, sum, end + 1, after.Start);
            if (!joinBefore && !joinAfter)
            {
                break;
            }

            if (joinBefore)
            {
                gaps[gapCount++] = (before.End + 1, start);
                start = before.Start;
            }

            if (joinAfter)
            {
                gaps[gapCount++] = (end + 1, after.Start);
                end = after.End;
            }
        }

        return (start, end, gapCount);
    }

    private const double SecondaryShare = 0.5;
    internal const int MaxSecondaryRegions = 8;

    /// <summary>
    /// A run at least half as heavy as the article joins it. A lighter run of real prose joins too when nothing between
    /// the two looks like page furniture: no line another rule removed and few menu-like lines (an article's intro
    /// above a long meal plan or a table, whose rows cost more than the intro weighs).
    /// </summary>
    private static bool JoinsArticle(CleaningContext context, int runSum, int articleSum, int gapFrom, int gapTo)
    {
        if (runSum >= articleSum * SecondaryShare)
        {
            return true;
        }

        if (runSum < MainContentRule.MinProseWords)
        {
            return false;
        }

        int kept = 0, tiny = 0, sentences = 0;
        for (int i = gapFrom; i < gapTo; i++)
        {
            if (context.IsRemoved(i))
            {
                return false;
            }

            var f = context.GetFeatures(i);
            kept++;
            tiny += f.Words <= 2 ? 1 : 0;
            sentences += f.EndsSentence ? 1 : 0;
        }

        return tiny * QuietGapMenuShare < kept && sentences * QuietGapLinesPerSentence >= kept;
    }

    // At most a quarter of a quiet gap's lines may be one- and two-word lines ("Meal 1", a short subheading).
    private const int QuietGapMenuShare = 4;

    // A list that belongs to the text has sentences among its rows ("Portion Fix Containers: 1 Green, 1 Red."); a menu
    // of categories in a script without spaces, whose items are never one- or two-word lines, has none.
    private const int QuietGapLinesPerSentence = 10;
}
