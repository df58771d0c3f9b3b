using System.Buffers;

namespace NewsClean.Html;

/// <summary>
/// Recognises class, id, role, aria-label and itemprop values that name page furniture: share bars, related links,
/// newsletter boxes, ads, comments and the like.
/// </summary>
/// <remarks>
/// Values are split into words on spaces, '-', '_' and lower-to-upper case changes, and words are compared whole (or
/// by a prefix such as "recommend"), so "ad" matches "ad-slot" and "topAd" but never "head", "shadow" or "download".
/// "tag" alone is furniture only as a whole name: WordPress puts "tag-politics" on the article itself.
/// </remarks>
internal static class BoilerplateNames
{
    // Whole words that name furniture.
    private static readonly HashSet<string> Words = new(
        [
            "share", "shares", "sharing", "sharebar", "sharethis", "addthis", "addtoany", "sharedaddy", "sharetools",
            "social", "socials", "socialmedia",
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adsense",
            "adslot", "adunit", "adsbygoogle", "adbox", "adblock", "dfp", "outbrain", "taboola",
            "newsletter", "newsletters", "cookie", "cookies", "consent", "gdpr",
            "comments", "comment", "disqus",
            "breadcrumb", "breadcrumbs", "tags", "taglist", "tagcloud", "keywords",
            "sponsor", "sponsored", "sponsors",
            "promo", "promos", "promotion", "promoted",
            "related", "recommended", "recommendations", "subscribe", "subscribebox", "subscription", "subscriptions", "signup",
            "teaser", "teasers", "trending", "popular", "recirc", "widget", "widgets", "sidebar",
            "gallery", "slideshow", "carousel", "lightbox", "modal", "popup", "overlay",
            "byline", "bylines", "meta", "timestamp", "dateline",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Word prefixes that name furniture ("relatedposts", "recommendation", "subscribebox").
    // Not "subscri": "subscriber-content" and "paywall" boxes hold the article itself.
    private static readonly string[] Prefixes = ["related", "recommend", "newsletter", "sponsor", "breadcrumb", "sharing", "advert", "cookie", "promo"];

    private static readonly int ShortestPrefix = Prefixes.Min(p => p.Length);

    // Words for lists of other articles: such a list is never the article, however much prose its teasers hold.
    private static readonly HashSet<string> OtherArticleWords = new(
        ["related", "recommend", "recommended", "recommendations", "teaser", "teasers", "trending", "popular", "recirc", "outbrain", "taboola"],
        StringComparer.Ordinal);

    // Joined pairs ("author-box", "authorBio") that name the author box.
    private static readonly string[] AuthorBoxes = ["authorbox", "authorbio", "authorinfo", "aboutauthor", "abouttheauthor", "authorcard", "authorprofile"];

    // Joined pairs that name lists of other articles ("most-read", "moreStories").
    private static readonly string[] OtherArticles = ["mostread", "mostpopular", "mostviewed", "morestories", "morearticles", "morenews", "youmayalsolike", "alsoread"];

    // Both lists in one vectorised search: most names hold none of them, and then the loops below need not run.
    private static readonly SearchValues<string> JoinedNames = SearchValues.Create([.. AuthorBoxes, .. OtherArticles], StringComparison.Ordinal);

    /// <summary>True when <paramref name="word"/>, as returned by <see cref="Match"/>, names a list of other articles.</summary>
    public static bool NamesOtherArticles(string word) => OtherArticleWords.Contains(word) || Array.IndexOf(OtherArticles, word) >= 0;

    // Class and id values repeat on a page ("col-md-6" on every column) and across pages of a site, and looking one up
    // costs a fraction of splitting and matching it. Per thread, so no locks; bounded in entries and value length.
    private const int MaxCachedValueLength = 256;
    private const int MaxCachedValues = 4096;

    [ThreadStatic]
    private static Dictionary<string, string?>? matchCache;

    /// <summary>Returns the furniture word found in <paramref name="value"/>, or null.</summary>
    public static string? Match(string value)
    {
        if (value.Length > MaxCachedValueLength)
        {
            return MatchValue(value);
        }

        var cache = matchCache ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!cache.TryGetValue(value, out string? word))
        {
            word = MatchValue(value);
            if (cache.Count >= MaxCachedValues)
            {
                cache.Clear();
            }

            cache[value] = word;
        }

        return word;
    }

    private static string? MatchValue(string value)
    {
        Span<char> word = stackalloc char[32];
        foreach (var range in value.AsSpan().Split(' '))
        {
            var trimmed = value.AsSpan()[range].Trim();
            if (trimmed.IsEmpty || trimmed.Length > 80)
            {
                continue;
            }

            if (trimmed.Equals("tag", StringComparison.OrdinalIgnoreCase))
            {
                return "tag";
            }

            if (MatchJoined(trimmed) is { } author)
            {
                return author;
            }

            if (MatchWords(trimmed, word) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Checks the words of <paramref name="name"/>: runs of ASCII letters and digits, also split where a lower-case
    /// letter meets an upper-case one ("topAd"); lower-cased into <paramref name="word"/> as they are read.
    /// </summary>
    private static string? MatchWords(ReadOnlySpan<char> name, Span<char> word)
    {
        int length = 0;
        bool afterLower = false;
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                if (CheckWord(word, length) is { } found)
                {
                    return found;
                }

                length = 0;
                afterLower = false;
                continue;
            }

            if (afterLower && char.IsAsciiLetterUpper(c))
            {
                if (CheckWord(word, length) is { } found)
                {
                    return found;
                }

                length = 0;
            }

            // ASCII letters and digits lower-case by setting one bit (digits have it set already).
            if (length < word.Length)
            {
                word[length] = (char)(c | 0x20);
            }

            length++;
            afterLower = char.IsAsciiLetterLower(c);
        }

        return CheckWord(word, length);
    }

    /// <summary>Checks the first <paramref name="length"/> characters of <paramref name="word"/>; words longer than the buffer are no furniture word.</summary>
    private static string? CheckWord(ReadOnlySpan<char> word, int length) =>
        length > 0 && length <= word.Length ? Check(word[..length]) : null;

    private static string? Check(ReadOnlySpan<char> word)
    {
        if (WordLookup.TryGetValue(word, out var exact))
        {
            return exact;
        }

        // Most words ("col", "md", "row") are shorter than every prefix.
        if (word.Length < ShortestPrefix)
        {
            return null;
        }

        foreach (var prefix in Prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix;
            }
        }

        return null;
    }

    private static string? MatchJoined(ReadOnlySpan<char> name)
    {
        Span<char> joined = stackalloc char[name.Length];
        int length = 0;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                joined[length++] = char.ToLowerInvariant(c);
            }
        }

        if (!joined[..length].ContainsAny(JoinedNames))
        {
            return null;
        }

        foreach (var box in AuthorBoxes)
        {
            if (joined[..length].Contains(box, StringComparison.Ordinal))
            {
                return "author box";
            }
        }

        foreach (var list in OtherArticles)
        {
            if (joined[..length].Contains(list, StringComparison.Ordinal))
            {
                return list;
            }
        }

        return null;
    }
}
