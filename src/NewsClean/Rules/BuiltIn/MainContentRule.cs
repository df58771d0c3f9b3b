using NewsClean.Text;

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
    private const int MinProseWords = 40;

    // The least a non-prose line costs: a menu of 30 one-word items (-60) separates two regions, a subheading does not.
    private const int ShortLinePenalty = 2;

    // The most one line costs; a run of them (a teaser list, a share bar and its heading) adds up.
    private const int MaxLinePenalty = 10;

    // One removed line in a zone (an inline ad) is not enough evidence that the zone is page furniture.
    private const int MinEvidenceLines = 2;

    // A page's surroundings are long (menus, teaser lists, footers); a few short lines around a text are more likely its
    // own tail (a sign-off, a list) than boilerplate, so they are only removed when other rules found boilerplate there.
    private const int MinSurroundingLines = 6;

    // A list introduced by "… the following:" belongs to the text; this many items at most.
    private const int MaxListItems = 60;

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
        var (start, end, sum) = DensestRegion(context, 0, context.LineCount, fragments);
        if (start < 0)
        {
            return;
        }

        Span<(int From, int To)> gaps = stackalloc (int, int)[2 * MaxSecondaryRegions];
        (start, end, int gapCount) = JoinSecondaryRegions(context, start, end, sum, gaps, fragments);
        start = GrowBackward(context, start, 0, inGap: false, fragments);
        start = SummaryStart(context, start);
        start = ScoreLineStart(context, start);
        end = GrowForward(context, end, context.LineCount, inGap: false, fragments);
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
        int first = GrowForward(context, from - 1, to, inGap: true, fragments) + 1;
        int last = GrowBackward(context, to, first, inGap: true, fragments);
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
        int kept = 0, tiny = 0, evidence = 0, evidenceAtLastKept = 0, evidenceAtFirstKept = 0;
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
            tiny += context.GetFeatures(i).Words <= 2 ? 1 : 0;
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
    private static (int Start, int End, int Sum) DensestRegion(CleaningContext context, int from, int to, ReadOnlySpan<bool> fragments)
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
    private static (int Start, int End, int GapCount) JoinSecondaryRegions(
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
    private const int MaxSecondaryRegions = 8;

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

        if (runSum < MinProseWords)
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

    /// <summary>A finished sentence next to the article belongs to it, even when it is short ("He declined to comment.").</summary>
    private static bool IsSentence(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        return (f.EndsSentence && f.Words >= 3) || IntroducesList(context, line);
    }

    /// <summary>
    /// A sentence next to the text continues it. Between two runs of text a prose-length line does too, finished or not
    /// (a quotation ending in its source, "… [Al Maa-idah 8]"): page furniture there is menus and headlines.
    /// </summary>
    private static bool ContinuesText(CleaningContext context, int line, bool inGap, ReadOnlySpan<bool> fragments)
        => IsSentence(context, line) || fragments[line] || (inGap && context.GetFeatures(line).Words >= MinUnfinishedProseWords);

    private const int MinUnfinishedProseWords = 12;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”„«»「」");

    private static readonly System.Buffers.SearchValues<char> Commas = System.Buffers.SearchValues.Create(",，、");

    // Growing steps over an inline ad or a share line that other rules removed, not over a removed menu or footer:
    // a sentence beyond a long removed block ("CRN Newsletters deliver …") is not the text's.
    private const int MaxRemovedRunToStepOver = 3;

    private static int GrowBackward(CleaningContext context, int start, int limit, bool inGap, ReadOnlySpan<bool> fragments)
    {
        int removedRun = 0;
        for (int i = start - 1; i >= limit; i--)
        {
            if (context.IsRemoved(i))
            {
                if (++removedRun > MaxRemovedRunToStepOver)
                {
                    break;
                }

                continue;
            }

            removedRun = 0;

            if (!ContinuesText(context, i, inGap, fragments))
            {
                break;
            }

            start = i;
        }

        return start;
    }

    private static int GrowForward(CleaningContext context, int end, int limit, bool inGap, ReadOnlySpan<bool> fragments)
    {
        int listItems = 0, removedRun = 0;
        for (int i = end + 1; i < limit; i++)
        {
            if (context.IsRemoved(i))
            {
                if (++removedRun > MaxRemovedRunToStepOver)
                {
                    break;
                }

                continue;
            }

            removedRun = 0;

            if ((IntroducesList(context, end) || (listItems > 0 && listItems < MaxListItems)) && IsListItem(context, i))
            {
                listItems++;
            }
            else if (DataListEnd(context, i) is var dataEnd and >= 0)
            {
                end = Math.Min(dataEnd, limit - 1);
                i = end;
                listItems = 0;
                continue;
            }
            else if (ShortListEnd(context, i, limit) is var listEnd and >= 0)
            {
                end = listEnd;
                i = end;
                listItems = 0;
                continue;
            }
            else if (!ContinuesText(context, i, inGap, fragments) && !BridgesToSentence(context, i, limit))
            {
                break;
            }
            else
            {
                listItems = 0;
            }

            end = i;
        }

        return end;
    }

    /// <summary>
    /// A prose-length line without a full stop ("… alışkanlık haline getirmek" dedi) followed by a sentence is a quote
    /// paragraph that ends in its source, inside the article. So is one that other rules' boilerplate follows directly
    /// (a "read also" link, a follow prompt, the tags) or that ends the page: the article's closing quote. Growing stops
    /// where a line that is neither follows it.
    /// </summary>
    private static bool BridgesToSentence(CleaningContext context, int line, int limit)
    {
        var text = context.GetText(line);
        if (context.GetFeatures(line).Words < MinUnfinishedProseWords || text.IndexOfAny(QuotationMarks) < 0 || text.IndexOfAny(Commas) < 0)
        {
            return false;
        }

        if (line + 1 >= limit || context.IsRemoved(line + 1))
        {
            return true;
        }

        return IsSentence(context, line + 1);
    }

    /// <summary>
    /// The last line of a block of short lines that starts at <paramref name="from"/> when the text resumes right after
    /// it, or -1: a review's pros and cons ("장점" / "가벼운 무게" / … / "단점" / …) or a list of points under their
    /// headings, then a sentence of the text. Nothing in the block is another rule's removal or ends a sentence, and
    /// the sentence after it is kept.
    /// </summary>
    private static int ShortListEnd(CleaningContext context, int from, int limit)
    {
        int i = from;
        for (; i < limit && i - from <= MaxShortListLines; i++)
        {
            var f = context.GetFeatures(i);
            if (context.IsRemoved(i) || f.EndsSentence || f.Words > MaxShortListWords)
            {
                break;
            }
        }

        bool resumes = i < limit && i - from >= MinShortListLines && !context.IsRemoved(i) && context.GetFeatures(i).EndsSentence && context.IsProse(i);
        return resumes ? i - 1 : -1;
    }

    /// <summary>
    /// Where a summary's points start when they stand right above the text, or <paramref name="start"/>: three to
    /// twelve kept lines in a row, each headline-like and each naming something the first paragraphs name ("この記事の
    /// ポイント" / "江東区と江戸川区の約3万軒で…停電" / …, then the lede). A teaser list above an article names other
    /// stories, and a removed line (a byline, a share bar) or a line that shares nothing (the box's label) ends the walk.
    /// </summary>
    private static int SummaryStart(CleaningContext context, int start)
    {
        int first = start, points = 0;
        for (int i = start - 1; i >= 0 && points <= MaxShortListLines; i--)
        {
            if (context.IsRemoved(i) || !IsSummaryPoint(context, i, start))
            {
                break;
            }

            points++;
            first = i;
        }

        return points is >= MinShortListLines and <= MaxShortListLines ? first : start;
    }

    private static bool IsSummaryPoint(CleaningContext context, int line, int text)
    {
        var f = context.GetFeatures(line);
        var candidate = context.GetText(line);
        if (f.Words < MinSummaryPointWords || f.EndsSentence || !LineShape.IsHeadlineLike(f, candidate))
        {
            return false;
        }

        // A point sums up one paragraph or another: compare it with the first few.
        for (int p = text, n = 0; p >= 0 && n < SummaryParagraphs; p = context.NextKept(p), n++)
        {
            if (LedeOverlap.SharedWords(candidate, context.GetText(p)) >= MinSummarySharedWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A match report sets the result right above the line-ups ("Valencia 1 - 2 Betis" / "Valencia: Dimitrievski; …"),
    /// an obituary the years of a life above its first paragraph ("1938 - 2026"): the line is the text's, not a headline
    /// or a dateline above it, so the text starts there.
    /// </summary>
    private static int ScoreLineStart(CleaningContext context, int start)
    {
        int above = start - 1;
        if (above < 0 || context.IsRemoved(above))
        {
            return start;
        }

        var text = context.GetText(above);
        return LineShape.IsScoreLine(context.GetFeatures(above), text) || LineShape.IsYearSpan(text) ? above : start;
    }

    private const int MinSummaryPointWords = 4;
    private const int SummaryParagraphs = 4;
    private const int MinSummarySharedWords = 2;

    private const int MinShortListLines = 3;
    private const int MaxShortListLines = 12;
    private const int MaxShortListWords = 6;

    /// <summary>
    /// The last line of a data list that starts at <paramref name="from"/> (after an optional short heading), or -1:
    /// at least <see cref="MinDataItems"/> short lines in a row that carry numbers and share one shape, such as tour
    /// dates ("June 9 – Tampa, FL @ Amphitheatre") or results under their heading. Teaser headlines with a number in
    /// them ("15 Amazing Images of Stars") have no fields, or differ in shape from one to the next.
    /// </summary>
    private static int DataListEnd(CleaningContext context, int from)
    {
        int i = from;
        var first = context.GetFeatures(i);
        if (!IsDataItem(first))
        {
            if (first.Words > MaxDataHeadingWords || first.EndsSentence)
            {
                return -1;
            }

            i = context.NextKept(i);
        }

        if (i < 0)
        {
            return -1;
        }

        // Rows of a table have fields: a row without a separator ("27 Oddest Medical Case Reports") is a headline.
        int shape = LineShape.DataRowShape(context.GetText(i));
        if (!LineShape.HasFieldSeparator(shape))
        {
            return -1;
        }

        int items = 0, last = -1;
        for (; i >= 0 && items < MaxListItems && IsDataItem(context.GetFeatures(i)) && LineShape.DataRowShape(context.GetText(i)) == shape; i = context.NextKept(i))
        {
            items++;
            last = i;
        }

        return items >= MinDataItems ? last : -1;
    }

    // A lone number ("4", a rating widget's buttons) is not a row.
    private static bool IsDataItem(LineFeatures f) => f.Digits > 0 && f.Words is >= 2 and <= 30;

    private const int MinDataItems = 3;
    private const int MaxDataHeadingWords = 8;

    /// <summary>"Here are the dates:" introduces a list; "Share this:" (too short) does not.</summary>
    private static bool IntroducesList(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        return text.Length > 0 && text[^1] is ':' or '：' && context.GetFeatures(line).Words >= 4;
    }

    private static bool IsListItem(CleaningContext context, int line) => context.GetFeatures(line).Words is > 0 and <= 30;
}
