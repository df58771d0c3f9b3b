using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes share bars: lines made only of share targets ("Facebook Twitter WhatsApp", "Share | Email | Copy link"),
/// and single-target lines in a run of them (one button a line).
/// </summary>
internal sealed class ShareBarRule() : LineRule("social.sharebar", "Removes share bars: lines made only of social network and share-button names.")
{
    private const string Reason = "share bar";

    protected override string? Match(CleaningContext context, int line)
    {
        var targets = context.Phrases[PhraseCategory.ShareTarget];
        int count = CountTargets(context.GetText(line), targets);
        if (count >= 2)
        {
            return Reason;
        }

        if (count == 1)
        {
            int previous = line - 1, next = line + 1;
            bool neighbour = (previous >= 0 && CountTargets(context.GetText(previous), targets) > 0)
                || (next < context.LineCount && CountTargets(context.GetText(next), targets) > 0);
            return neighbour ? Reason : null;
        }

        return null;
    }

    /// <summary>The number of share targets the line is made of, or 0 when anything else is in it.</summary>
    internal static int CountTargets(ReadOnlySpan<char> text, PhraseMatcher targets)
    {
        if (text.Length > 200)
        {
            return 0;
        }

        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSeparator(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            // Longest target first, up to three words ("Copy link", "Google News", "Share on Facebook").
            int matched = 0;
            int end = i;
            for (int words = 0; words < 3 && end < text.Length; words++)
            {
                while (end < text.Length && !IsSeparator(text[end]))
                {
                    end++;
                }

                if (targets.MatchesExact(text[i..end]))
                {
                    matched = end;
                }

                end++;
            }

            if (matched == 0)
            {
                return 0;
            }

            count++;
            i = matched;
        }

        return count;
    }

    private static bool IsSeparator(char c) => c is ' ' or '|' or '·' or '•' or ',' or '/';
}
