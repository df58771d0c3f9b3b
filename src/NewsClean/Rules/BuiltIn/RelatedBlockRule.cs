using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes a "related" heading ("TERKAIT", "BERITA LAINNYA", "Related articles", "More stories") with the run of
/// headline-like lines after it. The run stops at the first line of prose; when prose follows, the last headline-like
/// line stays, because a headline just above an article belongs to it.
/// </summary>
internal sealed class RelatedBlockRule() : CleaningRule("related.block", "Removes 'related' headings and the list of headlines after them.")
{
    private const string HeadingReason = "'related articles' heading";
    private const string ItemReason = "headline in a 'related articles' list";
    private const string TeaserReason = "teaser in a 'related articles' list (title, label and summary)";

    /// <summary>
    /// A list of teasers with summaries may hold more prose than the article above it; it is only taken once an
    /// article stands before its heading (see <see cref="MinProseLinesBeforeTeasers"/>), so the limit is high.
    /// </summary>
    public override double MaxProseShare => 0.8;

    private const int MinProseLinesBeforeTeasers = CommentSectionRule.MinProseLinesBefore;

    protected internal override void Apply(CleaningContext context)
    {
        int proseLines = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            if (!IsHeading(context, i))
            {
                proseLines += !context.IsRemoved(i) && context.IsProse(i) ? 1 : 0;
                continue;
            }

            // Before any prose, a heading over one- and two-word lines is a menu entry ("Últimas notícias", "Gündem"
            // among "Política", "Economia"), not a list of headlines: taking the run would take the article's headline,
            // standfirst and byline with it. structure.main-content removes the menu.
            if (proseLines == 0 && IsMenuEntry(context, i))
            {
                continue;
            }

            int end = i + 1;
            while (end < context.LineCount && IsListItem(context, end) && (end == i + 1 || !context.HasBlankBefore(end) || IsListBlock(context, end)))
            {
                end++;
            }

            // A title-case subheading that starts like a heading ("More Than a Game", "Latest From the Front Line") has
            // the article's prose under it, not headlines: a heading matched by its prefix alone needs its list.
            if (end == i + 1 && !context.MatchesExactPhrase(i, PhraseCategory.RelatedHeading))
            {
                proseLines += !context.IsRemoved(i) && context.IsProse(i) ? 1 : 0;
                continue;
            }

            // An earlier rule may own the heading ("BERITA TERKAIT" is also an inline 'read also' phrase, and
            // related.inline took it with one headline): the rest of the list under it is still this rule's.
            if (!context.IsRemoved(i))
            {
                context.Remove(i, HeadingReason);
            }

            // A price on a line of its own ("$139.00") is a product card's: under "Don't Miss" or "Top picks" sits a
            // shopping guide's product list, which the article's own text introduces, not a list of headlines.
            if (HasPriceLine(context, i + 1, end))
            {
                i = Math.Max(i, end - 1);
                continue;
            }

            // Teasers with summaries ("More from the Examiner": title, author, summary, again and again) are prose to
            // the run above, which stops at the first summary; their repeated template shows the whole list.
            int recordsEnd = proseLines >= MinProseLinesBeforeTeasers ? TeaserRecords.End(context, i + 1) : -1;
            if (recordsEnd >= end)
            {
                context.RemoveKept(i + 1, recordsEnd + 1, TeaserReason);
                i = recordsEnd;
                continue;
            }

            // Prose follows the run: its first line above is the article's headline, not a related link. Before the
            // article has begun, a section kicker that reads like a heading ("Aktuell", "Latest") sits over the headline,
            // and the headline's byline, share prompt or photo credit come between it and the prose: the run's last
            // headline-like line is the headline, and it stays with what follows it. Teasers that repeat a template
            // (title, author, summary, again) are a list, not a headline over its article.
            int last = end < context.LineCount && context.IsProse(end) ? end - 1 : end;
            if (proseLines == 0 && last < end && TeaserRecords.End(context, i + 1) < end)
            {
                last = LastHeadline(context, i + 1, last);
            }
            for (int item = i + 1; item < last; item++)
            {
                if (!context.IsRemoved(item))
                {
                    context.Remove(item, context.MatchesExactPhrase(item, PhraseCategory.RelatedHeading) ? HeadingReason : ItemReason);
                }
            }

            i = Math.Max(i, end - 1);
        }
    }

    private static bool HasPriceLine(CleaningContext context, int first, int end)
    {
        for (int line = first; line < end; line++)
        {
            if (context.GetFeatures(line).Digits > 0 && Prices.IsPriceLine(context.GetText(line)))
            {
                return true;
            }
        }

        return false;
    }

    private const int MinHeadlineWords = 3;

    /// <summary>
    /// The last line in [<paramref name="first"/>, <paramref name="last"/>] that can be the article's headline: headline
    /// shaped, of three words or more and not a label ("Artikel empfehlen:"), so not a byline initial or a credit
    /// ("so", "© privat"); <paramref name="last"/> when there is none.
    /// </summary>
    private static int LastHeadline(CleaningContext context, int first, int last)
    {
        for (int line = last; line >= first; line--)
        {
            var f = context.GetFeatures(line);
            var text = context.GetText(line).TrimEnd();
            if (!context.IsRemoved(line) && f.Words >= MinHeadlineWords && !text.EndsWith(':') && LineShape.IsHeadlineLike(f, text))
            {
                return line;
            }
        }

        return last;
    }

    /// <summary>An exact heading ("TERKAIT"), or a short heading that starts with one ("More in White House", "More from Jane Doe").</summary>
    private static bool IsHeading(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        if (f.Words > 8)
        {
            return false;
        }

        if (context.MatchesExactPhrase(line, PhraseCategory.RelatedHeading))
        {
            return true;
        }

        int prefix = f.Words > MaxPrefixedHeadingWords || f.EndsSentence ? 0 : context.MatchPhrasePrefix(line, PhraseCategory.RelatedHeading);
        if (prefix == 0)
        {
            return false;
        }

        // A prefix of three words or more ("Most read in world news", "More articles from Jane Doe") never opens a
        // subheading; a shorter one ("More trouble ahead") must be title-cased to be a heading.
        var text = context.GetText(line);
        return text[..prefix].Count(' ') >= MinWordsOfCertainPrefix - 1 || IsTitleCase(text);
    }

    private const int MinWordsOfCertainPrefix = 3;

    private const int MaxMenuItemWords = 2;

    /// <summary>The next two lines are one- or two-word menu entries.</summary>
    private static bool IsMenuEntry(CleaningContext context, int heading) =>
        heading + 2 < context.LineCount
        && context.GetFeatures(heading + 1).Words is > 0 and <= MaxMenuItemWords
        && context.GetFeatures(heading + 2).Words is > 0 and <= MaxMenuItemWords;

    private const int MaxPrefixedHeadingWords = 6;

    /// <summary>
    /// Headings are title-cased ("More Great WIRED Stories", "More from Jane Doe"): every word longer than four
    /// letters starts with a capital. A subheading like "More trouble ahead" is a sentence fragment, not a list heading.
    /// </summary>
    private static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        bool title = true;
        LineShape.ForEachWord(text, ref title, static (ReadOnlySpan<char> word, ref bool ok) =>
        {
            ok = word.Length <= 4 || !char.IsLower(word[0]);
            return ok;
        });
        return title;
    }

    /// <summary>
    /// Past a blank line the list goes on only when the whole paragraph there is list items: a list set off by blank
    /// lines has one item a paragraph, while the article that resumes under a "read also" link has a line of its own
    /// in it ("Sind Sie optimistisch?" over its answer, or a sentence broken at inline links).
    /// </summary>
    private static bool IsListBlock(CleaningContext context, int first)
    {
        for (int line = first; line < context.LineCount && (line == first || !context.HasBlankBefore(line)); line++)
        {
            if (!IsListItem(context, line))
            {
                return false;
            }
        }

        return true;
    }

    // A headline may ask a question ("Pourquoi les TER sont-ils si souvent en retard ?"); short of prose length, which
    // ends the run, a line ending in a question mark is a list item.
    private static bool IsListItem(CleaningContext context, int line) =>
        !context.IsProse(line) && (LineShape.IsHeadlineLike(context.GetFeatures(line), context.GetText(line)) || context.GetFeatures(line).Words <= 6 || LineShape.AsksQuestion(context.GetText(line)));
}
