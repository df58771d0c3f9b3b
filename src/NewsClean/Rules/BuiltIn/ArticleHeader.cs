namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// What stands above an article's text on a page: the headline that <see cref="MainContentRule"/> keeps, and the
/// standfirst it removes.
/// </summary>
internal static class ArticleHeader
{
    // How far above the article the headline may sit (datelines, captions and credits come between), in lines of
    // more than two words; and in lines of any kind, kept or removed.
    private const int HeadlineSearchLines = 6;
    private const int MaxButtonWords = 2;
    private const int MaxHeadlineDistance = 80;
    private const int MinSharedWordsFar = 2;

    /// <summary>
    /// A page sets the headline, a standfirst, the byline and date, then the text: a paragraph or two right under the
    /// headline, followed directly by a byline or dateline (removed by other rules) and then prose, is the standfirst,
    /// finished sentence or not. A caption, an ad or a share bar there proves nothing: ledes stand under those too.
    /// Returns the region's new first line.
    /// </summary>
    public static int RemoveStandfirst(CleaningContext context, int start, int end, int headline)
    {
        if (headline < 0 || context.NextKept(headline) != start)
        {
            return start;
        }

        int kept = 0;
        bool byline = false;
        for (int i = start; i <= end; i++)
        {
            if (context.IsRemoved(i))
            {
                // The byline or the date comes first under the standfirst; an inline link or an ad there is the text's.
                if (!byline && context.ReasonOf(i) is not (DatelineRule.Reason or StaffCreditRule.StaffLine))
                {
                    return start;
                }

                byline = true;
                continue;
            }

            if (byline)
            {
                if (!context.IsProse(i))
                {
                    return start;
                }

                context.RemoveKept(start, i, Standfirst);
                return i;
            }

            if (++kept > MaxStandfirstLines)
            {
                return start;
            }
        }

        return start;
    }

    private const int MaxStandfirstLines = 2;
    private const string Standfirst = "standfirst between the headline and the byline";

    /// <summary>
    /// The headline above the region, or -1: of the headline-like lines just above it, the one sharing most words with
    /// the article's first paragraph, the nearest when none shares any (a "Breaking News Emails" box between the
    /// headline and the text is headline-shaped too). A standfirst without a full stop shares even more words; the
    /// shorter line right above it that shares some is the headline (a headline often shares a single word with the
    /// lede: "Flood Barrier Holds …" / "Engineers closed the barrier …").
    /// </summary>
    public static int FindHeadline(CleaningContext context, int start, int limit)
    {
        int seen = 0, kept = 0, best = -1, bestShared = 0, caption = -1;
        var lede = context.GetText(start);
        for (int i = start - 1; i >= limit && seen < HeadlineSearchLines && start - i <= MaxHeadlineDistance; i--)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            // One- and two-word lines (a share panel's buttons, a section name) may stand between the headline and the
            // text. Past six lines of any kind the search goes on only while no nearer line shares a word with the
            // lede, and a line there must share two to be the headline.
            seen += context.GetFeatures(i).Words > MaxButtonWords ? 1 : 0;
            bool far = ++kept > HeadlineSearchLines;
            if (far && bestShared > 0)
            {
                break;
            }

            if (!IsHeadlineCandidate(context, i))
            {
                continue;
            }

            // "Lena Brandt bei einer Messfahrt in Berlin-Neukölln" over "Foto: Paul Krüger" is the photo's caption: it
            // names what the lede names, but the headline is another line (it is taken only when there is none).
            if (IsAboveCredit(context, i))
            {
                caption = caption < 0 ? i : caption;
                continue;
            }

            int shared = LedeOverlap.SharedWords(context.GetText(i), lede);
            bool eligible = !far || (bestShared == 0 && shared >= MinSharedWordsFar);
            if (eligible && (best < 0 || shared > bestShared))
            {
                (best, bestShared) = (i, shared);
            }
        }

        if (best < 0)
        {
            return caption;
        }

        int above = best > limit ? context.PreviousKept(best) : -1;
        bool headlineAboveStandfirst = above >= limit && IsHeadlineCandidate(context, above)
            && context.GetFeatures(above).Words < context.GetFeatures(best).Words
            && LedeOverlap.SharedWords(context.GetText(above), lede) > 0;
        return headlineAboveStandfirst ? above : best;
    }

    /// <summary>
    /// The line right under <paramref name="line"/> is a labelled photo credit alone ("Foto: Paul Krüger"). A bare agency
    /// name there ("REUTERS") is the story's wire byline, under its headline.
    /// </summary>
    private static bool IsAboveCredit(CleaningContext context, int line) =>
        line + 1 < context.LineCount && context.IsRemoved(line + 1) && !context.HasBlankBefore(line + 1)
        && ReferenceEquals(context.ReasonOf(line + 1), PhotoCreditRule.CreditLine)
        && !context.MatchesExactPhrase(line + 1, Languages.PhraseCategory.CaptionCredit)
        && context.MatchPhrasePrefix(line + 1, Languages.PhraseCategory.CaptionCredit) > 0;

    /// <summary>
    /// A short line that is no sentence, or one in title case even if it ends like one ("Home Depot Stock Is Falling
    /// After Its Earnings Release. Why You Shouldn't Worry."): sentences have few capitals.
    /// </summary>
    private static bool IsHeadlineCandidate(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        return f.Words >= 3 && (LineShape.IsHeadlineLike(f, context.GetText(line)) || (f.Words <= LineShape.MaxHeadlineWords && LineShape.IsTitleCased(f)));
    }
}
