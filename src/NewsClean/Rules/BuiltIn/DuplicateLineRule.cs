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
    private const int MinListEntriesBetween = 2;
    private const int MinEntryWords = 3;
    private const int MinProseWords = 12;
    private const int MaxListSpan = 40;
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
            if (context.Document.SameLettersAndDigits(earlier, line) && !ListBetween(context, earlier, line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A list whose entries come back as section headings ("Our top picks" / "Best overall: …" / "Best budget: …", then
    /// "Best overall: …" over its review): the copy ends no sentence and a paragraph of prose follows it, and between
    /// the copies stand two or more other entries, none a sentence or a one- or two-word button. A caption's copy
    /// follows directly or over its credit, and a gallery's captions are sentences.
    /// </summary>
    private static bool ListBetween(CleaningContext context, int earlier, int line)
    {
        if (context.GetFeatures(line).EndsSentence || !ProseFollows(context, line))
        {
            return false;
        }

        // A bounded walk keeps the rule linear however far apart two copies stand.
        if (line - earlier > MaxListSpan)
        {
            return false;
        }

        int entries = 0;
        for (int i = earlier + 1; i < line; i++)
        {
            if (context.IsRemoved(i))
            {
                continue;
            }

            var features = context.GetFeatures(i);
            if (features.EndsSentence || features.Words < MinEntryWords)
            {
                return false;
            }

            entries++;
        }

        return entries >= MinListEntriesBetween;
    }

    private static bool ProseFollows(CleaningContext context, int line)
    {
        int next = line + 1;
        while (next < context.LineCount && context.IsRemoved(next))
        {
            next++;
        }

        return next < context.LineCount && context.GetFeatures(next) is { EndsSentence: true, Words: >= MinProseWords };
    }
}
