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

    protected internal override void Apply(CleaningContext context)
    {
        var headings = context.Phrases[PhraseCategory.RelatedHeading];
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.GetFeatures(i).Words > 8 || !headings.MatchesExact(context.GetText(i)))
            {
                continue;
            }

            // An earlier rule (related.inline's "Related" prefix) may own the heading; the list under it is still ours.
            if (!context.IsRemoved(i))
            {
                context.Remove(i, HeadingReason);
            }
            int end = i + 1;
            while (end < context.LineCount && IsListItem(context, end))
            {
                end++;
            }

            // Prose follows the run: its first line above is the article's headline, not a related link.
            int last = end < context.LineCount && context.IsProse(end) ? end - 1 : end;
            for (int item = i + 1; item < last; item++)
            {
                if (!context.IsRemoved(item))
                {
                    context.Remove(item, headings.MatchesExact(context.GetText(item)) ? HeadingReason : ItemReason);
                }
            }

            i = Math.Max(i, end - 1);
        }
    }

    private static bool IsListItem(CleaningContext context, int line) =>
        !context.IsProse(line) && (LineShape.IsHeadlineLike(context.GetFeatures(line)) || context.GetFeatures(line).Words <= 6);
}
