using NewsClean.Text;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes runs of teaser lines that carry a link list's own marks: titles cut off by the site ("Microsoft removes the
/// safeguard hold for Windows 10 users with Realtek Bluetooth...") or a title glued to its summary by the scraper
/// ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left …"). One such line can be an
/// article's own (a sentence trailing off, a brand name in camel case); <see cref="MinRun"/> in a row are a list. A
/// news ticker delivers its list as one line, each summary cut off before the next title ("… may soon... Indian-origin
/// man pleads guilty …"); such a line counts as the teasers it holds.
/// </summary>
internal sealed class TeaserRunRule() : CleaningRule("structure.teaser-runs", "Removes runs of teaser lines: titles cut off with an ellipsis, or glued to their summary.")
{
    internal override bool ReadsPageLayout => true;

    internal const int MinRun = 3;
    private const int MinTeaserWords = 3;
    private const string Reason = "run of teaser lines (cut-off titles or titles glued to their summaries)";

    /// <summary>Teaser lists often hold more prose than the article (a summary per story); three in a row is strong evidence.</summary>
    public override double MaxProseShare => 0.8;

    protected internal override void Apply(CleaningContext context)
    {
        // Lines other rules removed inside a run (a timestamp under each teaser) neither break it nor count towards it;
        // nor do a list's section headings between teasers ("Weather", "Autos"), which go with the run.
        int runStart = -1, lastTeaser = -1, kept = 0, headings = 0;
        for (int i = 0; i <= context.LineCount; i++)
        {
            if (i < context.LineCount && context.IsRemoved(i))
            {
                continue;
            }

            if (i < context.LineCount && SettledTeasersIn(context, i) is > 0 and var teasers)
            {
                runStart = kept == 0 ? i : runStart;
                kept += teasers;
                lastTeaser = i;
                headings = 0;
                continue;
            }

            if (i < context.LineCount && kept > 0 && IsSectionHeading(context.GetFeatures(i)) && ++headings <= MaxHeadingsBetween)
            {
                continue;
            }

            if (kept >= MinRun)
            {
                context.RemoveKept(runStart, lastTeaser + 1, Reason);
            }

            kept = 0;
            headings = 0;
        }
    }

    private const int MaxHeadingsBetween = 2;

    private static bool IsSectionHeading(in LineFeatures f) => f.Words is > 0 and <= 3 && !f.EndsSentence;

    /// <summary>
    /// <see cref="TeasersIn"/>, asked once per line over all passes: a line without teasers stays without them while it
    /// stays whole, since that is read from the line alone.
    /// </summary>
    private static int SettledTeasersIn(CleaningContext context, int line)
    {
        if (context.IsSettled(line))
        {
            return 0;
        }

        int teasers = TeasersIn(context, line);
        if (teasers == 0)
        {
            context.Settle(line);
        }

        return teasers;
    }

    /// <summary>How many teasers the line holds: 0 or 1, or several when a ticker glued its cut-off summaries into one line.</summary>
    private static int TeasersIn(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        var f = context.GetFeatures(line);
        if (f.Words < MinTeaserWords)
        {
            return 0;
        }

        if (IsCutOff(text))
        {
            int glued = CountInnerCutOffs(text);
            return glued + 1 >= MinRun && f.Words >= (glued + 1) * MinTickerWordsPerTeaser ? glued + 1 : 1;
        }

        // A glued title needs capitals: two of its three or more words and the summary's first letter.
        return f.Uppercase >= MinGluedCapitals && IsTitleGluedToSummary(text) ? 1 : 0;
    }

    // A ticker's teasers are a title and the start of a summary; "Wait... Then it came... Finally..." is a sentence's own.
    private const int MinTickerWordsPerTeaser = 12;

    /// <summary>
    /// Cut-offs inside the line where the next teaser starts: "… may soon... India-origin man pleads …", a word, an
    /// ellipsis, a space and a capital.
    /// </summary>
    internal static int CountInnerCutOffs(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = 1; i < text.Length; i++)
        {
            int length = text[i] == '…' ? 1 : text[i..].StartsWith("...", StringComparison.Ordinal) ? 3 : 0;
            if (length == 0 || !char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            int next = i + length;
            while (next < text.Length && text[next] == '.')
            {
                next++;
            }

            if (next + 1 < text.Length && text[next] == ' ' && char.IsUpper(text[next + 1]))
            {
                count++;
            }

            i = next - 1;
        }

        return count;
    }

    private const int MinGluedCapitals = 3;

    /// <summary>"… with Realtek Bluetooth...", "… become […]": the site cut the title or excerpt short.</summary>
    internal static bool IsCutOff(ReadOnlySpan<char> text) =>
        text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…') || text.EndsWith("[…]", StringComparison.Ordinal);

    // The glued word's lower-case tail before the capital: "Steakhouse|A" has 9; "Mac|Book" (2), "You|Tube" (2) and
    // "Play|Station" (3) are brand names, not a seam.
    private const int MinLowerBeforeSeam = 4;
    private const int MinTitleWords = 3;
    internal const int MaxTitleLength = 160;

    /// <summary>
    /// "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left …": a title-cased head of at least
    /// three words whose last word runs into a capitalised word that starts the summary, with no space between.
    /// </summary>
    internal static bool IsTitleGluedToSummary(ReadOnlySpan<char> text)
    {
        // Only a capital after a lower-case letter, a digit, ')', '?' or '!' can be a seam; prose has few.
        int limit = Math.Min(text.Length - 1, MaxTitleLength);
        for (int capital = TitleSeamFilter.NextCandidate(text, 1, limit);
             capital >= 0;
             capital = TitleSeamFilter.NextCandidate(text, capital + 1, limit))
        {
            if (IsSeam(text, capital, LowerRunBefore(text, capital)) && IsTitleCased(text[..capital]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The lower-case letters right before <paramref name="capital"/>, not counting the line's first character, up to
    /// <see cref="MinLowerBeforeSeam"/>.
    /// </summary>
    private static int LowerRunBefore(ReadOnlySpan<char> text, int capital)
    {
        int run = 0;
        while (run < MinLowerBeforeSeam && capital - 1 - run >= 1 && char.IsLower(text[capital - 1 - run]))
        {
            run++;
        }

        return run;
    }

    /// <summary>
    /// A capital that starts the summary right after the title: after a word's lower-case tail ("SteakhouseA party"),
    /// or after a title's last digit, bracket or question mark ("… To 250,000The state …", "(Overnight)Patchy fog",
    /// "On The Rise?Violence is …"), where the summary's first word must have lower-case letters ("5G Network" is a name).
    /// </summary>
    internal static bool IsSeam(ReadOnlySpan<char> text, int capital, int lowerRun)
    {
        if (lowerRun >= MinLowerBeforeSeam)
        {
            return StartsSummaryWord(text[capital..], minLower: 0);
        }

        return text[capital - 1] is (>= '0' and <= '9') or ')' or '?' or '!' && StartsSummaryWord(text[capital..], minLower: 1);
    }

    /// <summary>"A party …", "In the market …": a capital, then at least <paramref name="minLower"/> lower-case letters up to a space.</summary>
    private static bool StartsSummaryWord(ReadOnlySpan<char> text, int minLower)
    {
        int i = 1;
        while (i < text.Length && char.IsLower(text[i]))
        {
            i++;
        }

        return i - 1 >= minLower && i < text.Length && text[i] == ' ';
    }

    /// <summary>At least three words, and at least 60% of them start with a capital or a digit ("Police: 2 In Custody After …").</summary>
    internal static bool IsTitleCased(ReadOnlySpan<char> head)
    {
        int words = 0, capitalised = 0;
        foreach (var range in head.Split(' '))
        {
            var word = head[range].TrimStart("\"'‘“(");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) || char.IsDigit(word[0]) ? 1 : 0;
        }

        return words >= MinTitleWords && capitalised * 5 >= words * 3;
    }
}
