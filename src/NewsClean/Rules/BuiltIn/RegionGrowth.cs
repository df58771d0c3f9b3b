using NewsClean.Text;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Grows the article's dense run of prose (<see cref="ProseRegion"/>) over what belongs to it at its edges: short
/// finished sentences, quotes that end in their source, colon-led lists, data tables, a review's short points, a
/// summary's points and a score line above the text. Each step reads a bounded number of lines.
/// </summary>
internal static class RegionGrowth
{
    // A list introduced by "… the following:" belongs to the text; this many items at most.
    private const int MaxListItems = 60;

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

    internal static int GrowBackward(CleaningContext context, int start, int limit, bool inGap, ReadOnlySpan<bool> fragments)
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

    internal static int GrowForward(CleaningContext context, int end, int limit, bool inGap, ReadOnlySpan<bool> fragments)
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
    internal static int SummaryStart(CleaningContext context, int start)
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
    internal static int ScoreLineStart(CleaningContext context, int start)
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
