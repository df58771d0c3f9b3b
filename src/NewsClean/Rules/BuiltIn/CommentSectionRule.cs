using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes a reader-comment section: a comments heading ("Comments", "Leave a Reply", "34 responses to …",
/// "167 comments") and everything after it. It only fires once an article stands before the heading (at least
/// <see cref="MinProseLinesBefore"/> lines of prose), so a "0 Comments" link under a headline never cuts the text.
/// </summary>
internal sealed class CommentSectionRule() : CleaningRule("comments.section", "Removes a reader-comment section: its heading and everything after it.")
{
    internal const int MinProseLinesBefore = 3;
    // "34 responses to “<the article's title>”" carries the title, so a heading may be long.
    private const int MaxHeadingWords = 25;
    private const string HeadingReason = "reader-comment section heading";
    private const string Reason = "reader comments (after the comments heading)";

    /// <summary>Comment threads are often longer than the article they follow; the heading is strong evidence, so the limit is high.</summary>
    public override double MaxProseShare => 0.9;

    protected internal override void Apply(CleaningContext context)
    {
        var headings = context.Phrases[PhraseCategory.CommentsHeading];
        int proseLines = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            // A comment form's own sentence ("Save my name, email, and website …") is prose-shaped, so it is asked first.
            if (proseLines >= MinProseLinesBefore && IsHeading(context, i, headings))
            {
                context.Remove(i, HeadingReason);
                context.RemoveKept(i + 1, context.LineCount, Reason);

                return;
            }

            proseLines += context.IsProse(i) ? 1 : 0;
        }
    }

    /// <summary>A comments heading, with or without a count: "Comments", "34 Comments", "Comments (34)", "[ 167 comments ]", "34 responses to “…”".</summary>
    private static bool IsHeading(CleaningContext context, int line, PhraseMatcher headings)
    {
        var f = context.GetFeatures(line);
        if (f.Words > MaxHeadingWords)
        {
            return false;
        }

        // Brackets and spaces are decoration, which an exact match ignores: the line's own lookup answers for the text within.
        // A listed sentence is the comment form's own ("Save my name, email, and website in this browser for the next
        // time I comment."); any other sentence is prose that starts like a heading ("Comments on the plan closed …").
        if (context.MatchesExactPhrase(line, PhraseCategory.CommentsHeading))
        {
            return true;
        }

        if (f.EndsSentence && f.Words > 3)
        {
            return false;
        }

        // The count may come first ("34 Comments") or last ("Comments (34)", "댓글 (12)"). Without one, the line's own
        // lookup has answered already: its exact match failed above, and its prefix match is kept with it.
        var text = context.GetText(line);
        var withoutCount = text.Trim("[]() ").TrimStart("0123456789,. ").TrimEnd("0123456789()[] ");
        if (withoutCount.Length == text.Length)
        {
            return context.MatchPhrasePrefix(line, PhraseCategory.CommentsHeading) > 0;
        }

        return headings.MatchesExact(withoutCount) || headings.MatchPrefix(withoutCount) > 0;
    }
}
