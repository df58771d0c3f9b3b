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
        int count = CountTargets(context, line);
        if (count >= 2)
        {
            return Reason;
        }

        if (count == 1)
        {
            int previous = line - 1, next = line + 1;
            bool neighbour = (previous >= 0 && CountTargets(context, previous) > 0)
                || (next < context.LineCount && CountTargets(context, next) > 0);
            return neighbour ? Reason : null;
        }

        return null;
    }

    /// <summary>
    /// <see cref="CountTargets(ReadOnlySpan{char}, PhraseMatcher)"/> for a line, counted once and kept with the line's
    /// phrase matches: a line is also counted as a neighbour, and again in the next pass.
    /// </summary>
    private static int CountTargets(CleaningContext context, int line)
    {
        ref var phrases = ref context.Document.Phrases(line);
        if (phrases.ShareTargets == 0)
        {
            int count = CountTargets(context.GetText(line), context.Phrases[PhraseCategory.ShareTarget]);
            phrases.ShareTargets = (byte)(Math.Min(count, byte.MaxValue - 1) + 1);
        }

        return phrases.ShareTargets - 1;
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

            // Every target tried below starts here; most prose starts with two letters no target starts with.
            if (!targets.MayMatchExactStartingWith(text[i..]))
            {
                return 0;
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

    internal static bool IsSeparator(char c) => c is ' ' or '|' or '·' or '•' or ',' or '/';
}
