using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes copyright and footer lines. A short line that starts with or contains a footer phrase goes anywhere
/// ("© 2024 Medcom.id. All rights reserved."). A long one goes only from the page's tail, where no prose follows
/// but other footer lines: a legal notice of 150 words ("Market data provided by … All rights reserved. …") reads
/// like prose, and would otherwise be taken for a second article text at the foot of the page.
/// </summary>
internal sealed class FooterRule() : CleaningRule("site.footer", "Removes copyright and footer lines.")
{
    private const string Reason = "copyright or footer line";
    private const string LegalNoticeReason = "legal notice in the page's footer";

    // Above this many words a line is judged by its place: prose that quotes a footer phrase stays.
    private const int MaxWordsAnywhere = 25;

    protected internal override void Apply(CleaningContext context)
    {
        // Walk up from the end: the tail lasts until the first prose line that is not a footer line.
        bool inTail = true;
        for (int i = context.LineCount - 1; i >= 0; i--)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            if (IsFooterLine(context, i, inTail) is { } reason)
            {
                context.Remove(i, reason);
            }
            else if (context.IsProse(i))
            {
                inTail = false;
            }
        }
    }

    private static string? IsFooterLine(CleaningContext context, int line, bool inTail)
    {
        if (context.MatchesExactPhrase(line, PhraseCategory.Footer))
        {
            return Reason;
        }

        if (context.GetFeatures(line).Words <= MaxWordsAnywhere)
        {
            return context.MatchPhrasePrefix(line, PhraseCategory.Footer) > 0 || context.ContainsPhrase(line, PhraseCategory.Footer) ? Reason : null;
        }

        // Only the substring phrases ("all rights reserved"): a long paragraph that starts "Copyright law …" is prose.
        return inTail && context.ContainsPhrase(line, PhraseCategory.Footer) ? LegalNoticeReason : null;
    }
}
