using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes inline "read also" links: "Baca juga: …", "Read also: …", "Simak juga …". When the prompt stands alone on
/// its line, the headline on the next line goes with it (scrapers break the line at the link).
/// </summary>
internal sealed class RelatedInlineRule() : CleaningRule("related.inline", "Removes inline 'read also' links and the headline they point to.")
{
    private const int MaxWords = 40;
    private const string Reason = "inline 'read also' link";

    protected internal override void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.LineCount; i++)
        {
            // A finished sentence of some length that starts "See also …" is prose, not a link.
            if (context.IsRemoved(i) || context.GetFeatures(i).Words > MaxWords || context.IsProse(i))
            {
                continue;
            }

            var text = context.GetText(i);

            // "Related articles" and "More stories" head a list: leave them to related.block, which takes the whole list.
            bool exact = context.MatchesExactPhrase(i, PhraseCategory.Related);
            if (context.MatchesExactPhrase(i, PhraseCategory.RelatedHeading) && !exact)
            {
                continue;
            }

            int prefix = context.MatchPhrasePrefix(i, PhraseCategory.Related);
            if (prefix == 0 && !exact)
            {
                continue;
            }

            context.Remove(i, Reason);
            bool promptAlone = prefix == 0 || PhraseMatcher.TrimDecoration(text[prefix..]).IsEmpty;
            int next = i + 1;
            if (promptAlone && next < context.LineCount && !context.IsRemoved(next) && LineShape.IsHeadlineLike(context.GetFeatures(next)))
            {
                context.Remove(next, Reason);
                i = next;
            }
        }
    }
}
