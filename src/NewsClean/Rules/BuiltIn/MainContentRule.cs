namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Keeps the densest contiguous region of prose and removes what lies around it: menus, tag clouds, teaser lists and
/// footers of a whole-page innerText. Each kept line scores its word count when it reads as prose and a small penalty
/// otherwise; the article is the run of lines with the largest total (maximum-sum subarray, linear time).
/// The region then grows over neighbouring sentences, and the headline just above it stays.
/// Documents with little prose are left alone: there is nothing to tell the article from.
/// </summary>
internal sealed class MainContentRule() : CleaningRule("structure.main-content", "Removes text outside the main run of article prose (menus, teaser lists, footers).")
{
    // Too little prose to tell an article from its surroundings.
    private const int MinProseWords = 40;

    // The least a non-prose line costs: a menu of 30 one-word items (-60) separates two regions, a subheading does not.
    private const int ShortLinePenalty = 2;

    // A line another rule removed (share bar, "Related" heading, newsletter box) is certain boilerplate: it weighs
    // like a short paragraph, so the region crosses it only when real text continues behind it.
    private const int RemovedLinePenalty = 20;

    // A page's surroundings are long (menus, teaser lists, footers); a few short lines around a text are more likely its
    // own tail (a sign-off, a list) than boilerplate, so they are only removed when other rules found boilerplate there.
    private const int MinSurroundingLines = 6;

    // A list introduced by "… the following:" belongs to the text; this many items at most.
    private const int MaxListItems = 60;

    // How far above the article the headline may sit (datelines, captions and credits come between).
    private const int HeadlineSearchLines = 6;

    private const string Before = "before the article's main text (navigation, header)";
    private const string After = "after the article's main text (teasers, comments, footer)";

    /// <summary>Whole-page text is often mostly boilerplate, so this rule may remove most of the prose; the guard still reports it above 80%.</summary>
    public override double MaxProseShare => 0.8;

    protected internal override void Apply(CleaningContext context)
    {
        var (start, end, proseWords) = DensestRegion(context);
        if (proseWords < MinProseWords || start < 0)
        {
            return;
        }

        start = GrowBackward(context, start);
        end = GrowForward(context, end);
        int headline = FindHeadline(context, start);
        if (LooksLikeSurroundings(context, 0, start, headline))
        {
            RemoveRange(context, 0, start, headline, Before);
        }

        if (LooksLikeSurroundings(context, end + 1, context.LineCount, -1))
        {
            RemoveRange(context, end + 1, context.LineCount, -1, After);
        }
    }

    /// <summary>
    /// Page furniture around an article is long and shows itself: other rules found boilerplate in it, or it holds
    /// menu-like one- and two-word lines. A text's own tail (a list, a table of dates) shows neither and stays.
    /// </summary>
    private static bool LooksLikeSurroundings(CleaningContext context, int from, int to, int except)
    {
        int kept = 0, tiny = 0;
        bool evidence = false;
        for (int i = from; i < to; i++)
        {
            if (i == except)
            {
                continue;
            }

            if (context.IsRemoved(i))
            {
                evidence = true;
                continue;
            }

            kept++;
            tiny += context.GetFeatures(i).Words <= 2 ? 1 : 0;
        }

        return kept >= MinSurroundingLines && (evidence || tiny >= MinMenuLines);
    }

    private const int MinMenuLines = 3;

    private static void RemoveRange(CleaningContext context, int from, int to, int except, string reason)
    {
        for (int i = from; i < to; i++)
        {
            if (i != except && !context.IsRemoved(i))
            {
                context.Remove(i, reason);
            }
        }
    }

    private static int Score(CleaningContext context, int line)
    {
        // A non-prose line costs its length: teaser headlines weigh against the prose summaries between them, while a
        // subheading costs little next to the paragraphs around it. Lines other rules removed are boilerplate for sure
        // and cost the same, so removing a menu never makes the page around it look denser.
        int words = context.GetFeatures(line).Words;
        if (context.IsRemoved(line))
        {
            return -Math.Max(RemovedLinePenalty, words);
        }

        return context.IsProse(line) ? words : -Math.Max(ShortLinePenalty, words);
    }

    /// <summary>Kadane's maximum-sum subarray over the line scores; also returns the prose words of the whole document.</summary>
    private static (int Start, int End, int ProseWords) DensestRegion(CleaningContext context)
    {
        int bestSum = 0, bestStart = -1, bestEnd = -1;
        int sum = 0, runStart = 0, proseWords = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            int score = Score(context, i);
            if (score > 0)
            {
                proseWords += score;
            }

            if (sum <= 0)
            {
                sum = 0;
                runStart = i;
            }

            sum += score;
            if (sum > bestSum)
            {
                (bestSum, bestStart, bestEnd) = (sum, runStart, i);
            }
        }

        return (bestStart, bestEnd, proseWords);
    }

    /// <summary>A finished sentence next to the article belongs to it, even when it is short ("He declined to comment.").</summary>
    private static bool IsSentence(CleaningContext context, int line)
    {
        var f = context.GetFeatures(line);
        return (f.EndsSentence && f.Words >= 3) || IntroducesList(context, line);
    }

    private static int GrowBackward(CleaningContext context, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            if (!IsSentence(context, i))
            {
                break;
            }

            start = i;
        }

        return start;
    }

    private static int GrowForward(CleaningContext context, int end)
    {
        int listItems = 0;
        for (int i = end + 1; i < context.LineCount; i++)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            if ((IntroducesList(context, end) || (listItems > 0 && listItems < MaxListItems)) && IsListItem(context, i))
            {
                listItems++;
            }
            else if (!IsSentence(context, i))
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

    /// <summary>"Here are the dates:" introduces a list; "Share this:" (too short) does not.</summary>
    private static bool IntroducesList(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        return text.Length > 0 && text[^1] is ':' or '：' && context.GetFeatures(line).Words >= 4;
    }

    private static bool IsListItem(CleaningContext context, int line) => context.GetFeatures(line).Words is > 0 and <= 30;

    /// <summary>The nearest headline-like line above the region, or -1.</summary>
    private static int FindHeadline(CleaningContext context, int start)
    {
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < HeadlineSearchLines; i--)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            seen++;
            var f = context.GetFeatures(i);
            if (f.Words >= 3 && LineShape.IsHeadlineLike(f))
            {
                return i;
            }
        }

        return -1;
    }
}
