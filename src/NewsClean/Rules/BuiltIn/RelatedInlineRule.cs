using NewsClean.Languages;
using NewsClean.Text;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes inline "read also" links: "Baca juga: …", "Read also: …", "Simak juga …". When the prompt stands alone on
/// its line, the headline on the next line goes with it (scrapers break the line at the link); with no headline after
/// it, a teaser card's headline just before it goes instead ("Mayor visits flooded estate" / "Read more").
/// </summary>
internal sealed class RelatedInlineRule() : CleaningRule("related.inline", "Removes inline 'read also' links and the headline they point to.")
{
    private const int MaxWords = 40;
    private const string Reason = "inline 'read also' link";

    protected internal override void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.IsRemoved(i) || context.GetFeatures(i).Words > MaxWords)
            {
                continue;
            }

            // A finished sentence of some length that starts "See also …" is prose, not a link, and so is a shorter one
            // that ends in a full stop ("Also on the ballot is a measure to raise the wage."): a headline after a prompt
            // has none. A prompt with its colon is a link however its headline ends ("Te puede interesar: ¿Cuándo
            // termina la temporada de lluvias …?").
            var text = context.GetText(i);
            if ((context.IsProse(i) || IsShortSentence(context.GetFeatures(i), text)) && !IsPromptWithColon(context, i, text))
            {
                continue;
            }

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
            if (!promptAlone)
            {
                continue;
            }

            if (IsHeadline(context, next))
            {
                context.Remove(next, Reason);
                i = next;
            }
            else if (i > 1 && !PointsForward(text) && IsHeadline(context, i - 1))
            {
                // Not the page's first line: that is the article's own headline, whatever follows it. A prompt ending in
                // a colon ("Read more:") points at what follows, so the line above it is the text's, however short.
                context.Remove(i - 1, Reason);
            }
        }
    }

    private const int MinSentenceWords = 8;

    private static bool IsShortSentence(LineFeatures features, ReadOnlySpan<char> text) =>
        features.Words >= MinSentenceWords && features.EndsSentence && text.TrimEnd(ClosingQuotes) is [.., '.' or '。' or '।' or '۔'];

    private const string ClosingQuotes = "\"'”’»」』) ";

    private static bool PointsForward(ReadOnlySpan<char> prompt) => prompt.TrimEnd() is [.., ':' or '：'];

    private static bool IsHeadline(CleaningContext context, int line) =>
        line < context.LineCount && !context.IsRemoved(line) && LineShape.IsHeadlineLike(context.GetFeatures(line), context.GetText(line));

    private static bool IsPromptWithColon(CleaningContext context, int line, ReadOnlySpan<char> text)
    {
        int prefix = context.MatchPhrasePrefix(line, PhraseCategory.Related);
        var rest = text[prefix..].TrimStart();
        return prefix > 0 && rest.Length > 0 && rest[0] is ':' or '：';
    }
}
