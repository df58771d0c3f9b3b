namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes later copies of a line seen earlier in the document: captions printed twice (image alt text and
/// figcaption), headlines repeated in teaser lists. Copies match when they agree letter for letter, ignoring case,
/// spacing and punctuation. The first copy always stays, so a repeated paragraph is never lost entirely.
/// </summary>
internal sealed class DuplicateLineRule() : CleaningRule("captions.duplicate", "Removes later copies of a repeated line, such as a caption printed twice.")
{
    // Shorter lines ("Share", "Next") repeat legitimately and are left to the phrase rules.
    private const int MinWords = 4;
    private const string Reason = "repeats an earlier line (duplicated caption or headline)";

    private const int MaxPooledLines = 2048;

    [ThreadStatic]
    private static HashSet<ulong>? seenPerThread;

    protected internal override void Apply(CleaningContext context)
    {
        // One set per thread, cleared per document: a new set per document was most of Clean's garbage.
        var seen = seenPerThread ??= [];
        seen.Clear();
        for (int i = 0; i < context.LineCount; i++)
        {
            if (context.GetFeatures(i).Words < MinWords)
            {
                continue;
            }

            if (!seen.Add(Fingerprint(context.GetText(i))) && !context.IsRemoved(i))
            {
                context.Remove(i, Reason);
            }
        }

        if (seen.Count > MaxPooledLines)
        {
            seenPerThread = null; // Clear() costs the set's capacity: one huge document must not slow every later one
        }
    }

    /// <summary>64-bit FNV-1a over the lowercased letters and digits, so "Text." and "text" collide and nothing else realistically does.</summary>
    internal static ulong Fingerprint(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            if (char.IsAscii(c))
            {
                // Same result as below without the Unicode tables: ASCII letters lower-case by setting bit 0x20.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * 1099511628211UL;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
            }
        }

        return hash;
    }
}
