namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Keeps the densest contiguous region of prose and removes what lies around it: menus, tag clouds, teaser lists and
/// footers of a whole-page innerText. Each line scores its word count when it reads as prose and minus its length (at
/// most 10) otherwise; the article is the run of lines with the largest total (maximum-sum subarray, linear time),
/// joined with any run at least half as heavy (or lighter, across a gap with no page furniture in it). The region then
/// grows over neighbouring sentences and colon-led lists, the headline just above it stays, and the zones around it
/// and between the runs it joined go only when they look like page furniture.
/// Documents with little prose are left alone: there is nothing to tell the article from.
/// </summary>
internal sealed class MainContentRule() : CleaningRule("structure.main-content", "Removes text outside the main run of article prose (menus, teaser lists, footers).")
{
    internal override bool ReadsPageLayout => true;

    // Too little prose to tell an article from its surroundings.
    internal const int MinProseWords = 40;

    // One removed line in a zone (an inline ad) is not enough evidence that the zone is page furniture.
    private const int MinEvidenceLines = 2;

    // A page's surroundings are long (menus, teaser lists, footers); a few short lines around a text are more likely its
    // own tail (a sign-off, a list) than boilerplate, so they are only removed when other rules found boilerplate there.
    private const int MinSurroundingLines = 6;

    private const string Before = "before the article's main text (navigation, header)";
    private const string After = "after the article's main text (teasers, comments, footer)";
    private const string Between = "between two runs of the article's text (menus, archive and teaser lists)";

    /// <summary>Whole-page text is often mostly boilerplate, so this rule may remove most of the prose; the guard still reports it above 80%.</summary>
    public override double MaxProseShare => 0.8;

    protected internal override void Apply(CleaningContext context)
    {
        if (ProseWords(context) < MinProseWords)
        {
            return;
        }

        bool[] rented = System.Buffers.ArrayPool<bool>.Shared.Rent(context.LineCount);
        try
        {
            var fragments = rented.AsSpan(0, context.LineCount);
            fragments.Clear();
            BrokenSentences.Mark(context, fragments);
            Apply(context, fragments);
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(rented);
        }
    }

    /// <summary>The rule, given which lines are pieces of a sentence broken at inline links (<paramref name="fragments"/>).</summary>
    private static void Apply(CleaningContext context, ReadOnlySpan<bool> fragments)
    {
        var (start, end, sum) = ProseRegion.DensestRegion(context, 0, context.LineCount, fragments);
        if (start < 0)
        {
            return;
        }

        Span<(int From, int To)> gaps = stackalloc (int, int)[2 * ProseRegion.MaxSecondaryRegions];
        (start, end, int gapCount) = ProseRegion.JoinSecondaryRegions(context, start, end, sum, gaps, fragments);
        start = RegionGrowth.GrowBackward(context, start, 0, inGap: false, fragments);
        start = RegionGrowth.SummaryStart(context, start);
        start = RegionGrowth.ScoreLineStart(context, start);
        end = RegionGrowth.GrowForward(context, end, context.LineCount, inGap: false, fragments);
        int headline = ArticleHeader.FindHeadline(context, start, 0);
        start = ArticleHeader.RemoveStandfirst(context, start, end, headline);
        if (LooksLikeSurroundings(context, 0, start, headline, Zone.Before))
        {
            RemoveAllBut(context, 0, start, headline, Before);
        }

        if (LooksLikeSurroundings(context, end + 1, context.LineCount, -1, Zone.After))
        {
            RemoveAllBut(context, end + 1, context.LineCount, -1, After);
        }

        foreach (var (from, to) in gaps[..gapCount])
        {
            RemoveGapFurniture(context, from, to, fragments);
        }
    }

    /// <summary>
    /// Joining a second run of text takes in everything between the two, and what lies there is most often a menu, an
    /// archive list or a teaser list between an article and a sidebar text. The gap is judged like the zones around
    /// the article, after the text on either side has taken the sentences, lists and headline that belong to it.
    /// </summary>
    private static void RemoveGapFurniture(CleaningContext context, int from, int to, ReadOnlySpan<bool> fragments)
    {
        int first = RegionGrowth.GrowForward(context, from - 1, to, inGap: true, fragments) + 1;
        int last = RegionGrowth.GrowBackward(context, to, first, inGap: true, fragments);
        int headline = ArticleHeader.FindHeadline(context, last, first);
        if (LooksLikeSurroundings(context, first, last, headline, Zone.Between))
        {
            RemoveAllBut(context, first, last, headline, Between);
        }
    }

    /// <summary>Which side of the text a zone lies on decides which removed lines count towards its length.</summary>
    private enum Zone
    {
        Before,
        After,
        Between,
    }

    /// <summary>
    /// Page furniture around an article is long and shows itself: other rules found boilerplate in it, or it holds
    /// menu-like one- and two-word lines. A text's own tail (a list, a table of dates) shows neither and stays.
    /// </summary>
    private static bool LooksLikeSurroundings(CleaningContext context, int from, int to, int except, Zone zone)
    {
        int kept = 0, tiny = 0, prices = 0, evidence = 0, evidenceAtLastKept = 0, evidenceAtFirstKept = 0;
        for (int i = from; i < to; i++)
        {
            if (i == except)
            {
                continue;
            }

            if (context.IsRemoved(i))
            {
                evidence++;
                continue;
            }

            if (kept++ == 0)
            {
                evidenceAtFirstKept = evidence;
            }

            evidenceAtLastKept = evidence;
            var f = context.GetFeatures(i);
            tiny += f.Words <= 2 ? 1 : 0;
            prices += f.Digits > 0 && f.Words <= 2 && Prices.IsPriceLine(context.GetText(i)) ? 1 : 0;
        }

        // Prices on lines of their own ("$139.00") are product cards: a shopping guide's list under its text, whose
        // one-word feature lines ("GPS", "Swim proof") are no menu. Boilerplate other rules found among the cards still
        // shows page furniture; a label over them or a photo credit past them does not.
        if (prices >= MinPriceLines)
        {
            tiny = 0;
            evidence = evidenceAtLastKept - evidenceAtFirstKept;
        }

        // Removed lines between the article and the zone's farthest kept line (a share bar under the text, a menu whose
        // buttons another rule took) count towards the zone's length: finding more boilerplate there must never make
        // the rest look like the text's own tail. A removed block beyond them (comments after an article that ends in
        // a quote and a subheading) does not lengthen the lines next to the text. A gap has text on both sides.
        int interleaved = zone switch
        {
            Zone.After => evidenceAtLastKept,
            Zone.Before => evidence - evidenceAtFirstKept,
            _ => evidence,
        };
        bool furniture = kept > 0 && kept + interleaved >= MinSurroundingLines && (evidence >= MinEvidenceLines || tiny >= MinMenuLines);

        // Between two runs of text the lines are the article's own more often (a meal plan, a list of steps under their
        // headings): most of a gap must be boilerplate other rules found or menu-like lines.
        return zone != Zone.Between ? furniture : furniture && (evidence + tiny) * 2 >= kept + evidence;
    }

    private const int MinMenuLines = 3;

    private const int MinPriceLines = 2;

    /// <summary>Removes [from, to) but the line <paramref name="except"/>.</summary>
    private static void RemoveAllBut(CleaningContext context, int from, int to, int except, string reason)
    {
        if (except < from || except >= to)
        {
            context.RemoveKept(from, to, reason);
            return;
        }

        context.RemoveKept(from, except, reason);
        context.RemoveKept(except + 1, to, reason);
    }

    private static int ProseWords(CleaningContext context)
    {
        int words = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            if (!context.IsRemoved(i) && context.IsProse(i))
            {
                words += context.GetFeatures(i).Words;
            }
        }

        return words;
    }
}
