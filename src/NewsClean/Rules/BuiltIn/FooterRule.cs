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
            var text = context.GetText(line);
            return context.MatchPhrasePrefix(line, PhraseCategory.Footer) > 0 || context.ContainsPhrase(line, PhraseCategory.Footer)
                || StartsWithCopyrightYear(text) || StartsWithFooterLink(context.Phrases[PhraseCategory.Footer], text) ? Reason : null;
        }

        // Only the substring phrases ("all rights reserved"): a long paragraph that starts "Copyright law …" is prose.
        return inTail && context.ContainsPhrase(line, PhraseCategory.Footer) ? LegalNoticeReason : null;
    }

    private const string CopyrightWord = "Copyright ";

    /// <summary>
    /// "Copyright 2019 Hawaii News Now. All rights reserved.": the word and a year open a site's notice in any language,
    /// where "Copyright lawsuits against AI companies …" opens news; so the year, not the word, makes the notice.
    /// </summary>
    internal static bool StartsWithCopyrightYear(ReadOnlySpan<char> text)
    {
        var head = PhraseMatcher.TrimLeadingDecoration(text);
        if (!head.StartsWith(CopyrightWord, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The sign may stand between: "Copyright © 2024", "Copyright (c) 2024", a mistyped "Copyright @ 2019".
        var year = head[CopyrightWord.Length..].TrimStart();
        year = (year.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) ? year[3..] : year).TrimStart(" ©@");
        if (year.Length < 4 || year[..2] is not ("19" or "20") || !char.IsAsciiDigit(year[2]) || !char.IsAsciiDigit(year[3])
            || (year.Length > 4 && char.IsAsciiDigit(year[4])))
        {
            return false;
        }

        // The owner's name follows ("2019 Hawaii News Now"); a sentence goes on in lower case ("2019 was the year …").
        var owner = year[4..].TrimStart(" ,-–—");
        return owner.IsEmpty || !char.IsLower(owner[0]);
    }

    /// <summary>
    /// "Privacy policy | More Newsletters", "Terms of Use • Contact": a row of the footer's links whose first is one of
    /// the packs' exact footer labels. The labels alone are exact phrases because "Privacy policy changes …" opens news.
    /// </summary>
    private static bool StartsWithFooterLink(PhraseMatcher footer, ReadOnlySpan<char> text)
    {
        int separator = text.IndexOfAny(LinkSeparators);
        return separator > 0 && footer.MatchesExact(text[..separator]);
    }

    private static readonly System.Buffers.SearchValues<char> LinkSeparators = System.Buffers.SearchValues.Create("|•·");
}
