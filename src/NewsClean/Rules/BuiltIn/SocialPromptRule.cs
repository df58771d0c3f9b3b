using NewsClean.Languages;

namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes the packs' "follow us" prompts and an embedded post's header: a short line that names an account and ends
/// in its handle ("A post shared by Jane Doe (@janedoe)", "Jane Doe (@janedoe)"). The embed's own chrome names the
/// account; the post's text stays, and so does a tweet's closing attribution ("— Jane Doe (@janedoe) May 2, 2026"),
/// which says who wrote the quoted text.
/// </summary>
internal sealed class SocialPromptRule() : PhraseCategoryRule(
    "social.prompt", "Removes 'follow us' and 'find us on …' prompts and embedded posts' account headers.", PhraseCategory.Social, "social media prompt", maxWords: 25)
{
    private const string EmbedReason = "embedded post's account header";

    // An embed's header is a name and a handle, with "A post shared by" or its translation before them.
    private const int MaxEmbedHeaderWords = 12;

    protected override string? Match(CleaningContext context, int line) =>
        base.Match(context, line) ?? (IsEmbedHeader(context.GetText(line), context.GetFeatures(line).Words) ? EmbedReason : null);

    /// <summary>
    /// At most 12 words ending in a name and "(@handle)", not led by a dash: a tweet's attribution starts with one.
    /// </summary>
    internal static bool IsEmbedHeader(ReadOnlySpan<char> text, int words)
    {
        if (words > MaxEmbedHeaderWords || text.Length < 4 || text[^1] != ')' || text[0] is '—' or '–' or '-')
        {
            return false;
        }

        int open = text.LastIndexOf("(@", StringComparison.Ordinal);
        if (open <= 0)
        {
            return false;
        }

        // The account's name stands before the handle: "… Putri Ardiani (@putriardiani)", not "… akun miliknya (@…)".
        var before = text[..open].TrimEnd();
        int nameStart = before.LastIndexOf(' ') + 1;
        var handle = text[(open + 2)..^1];
        if (handle.IsEmpty || before.IsEmpty || char.IsLower(before[nameStart]))
        {
            return false;
        }

        foreach (char c in handle)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '.')
            {
                return false;
            }
        }

        return true;
    }
}
