namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes a line that repeats one of the few lines just before it: captions printed twice (image alt text, then
/// figcaption). Copies match when they agree letter for letter, ignoring case, spacing and punctuation. The first copy
/// always stays, and copies far apart are left alone: interviews and lists legitimately repeat a line.
/// </summary>
internal sealed class DuplicateLineRule() : CleaningRule("captions.duplicate", "Removes later copies of a repeated line, such as a caption printed twice.")
{
    // Shorter lines ("Share", "See it now: Amazon", table cells like "Eat every 2–3 hours") repeat legitimately.
    private const int MinWords = 6;
    // A caption's copy follows within a few lines (alt text, figcaption, credit).
    private const int Window = 3;
    private const string Reason = "repeats the line just before it (duplicated caption)";

    protected internal override void Apply(CleaningContext context)
    {
        // The last few lines long enough to compare, by index: most pairs differ in length and are told apart without hashing.
        Span<int> recent = stackalloc int[Window];
        int filled = 0;
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.GetFeatures(i).Words < MinWords)
            {
                continue;
            }

            if (RepeatsRecent(context, i, recent[..Math.Min(filled, Window)]))
            {
                if (!context.IsRemoved(i))
                {
                    context.Remove(i, Reason);
                }

                continue;
            }

            recent[filled++ % Window] = i;
        }
    }

    private static bool RepeatsRecent(CleaningContext context, int line, ReadOnlySpan<int> recent)
    {
        foreach (int earlier in recent)
        {
            if (context.Document.SameLettersAndDigits(earlier, line))
            {
                return true;
            }
        }

        return false;
    }
}
