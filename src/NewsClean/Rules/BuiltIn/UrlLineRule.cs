namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Removes lines that are mostly a URL or bare domain ("osc.medcom.id", "https://t.co/x"): link dumps and promo
/// targets. A sentence that mentions a site keeps its line, because the link is a small part of it.
/// </summary>
internal sealed class UrlLineRule() : LineRule("ads.url", "Removes lines that are mostly a URL.")
{
    /// <inheritdoc />
    internal override bool JudgesLineAlone => true;

    private const string MostlyUrl = "line is mostly a URL";

    private static readonly string[] TopLevelDomains =
    [
        "com", "net", "org", "id", "co", "uk", "io", "info", "news", "de", "fr", "es", "it", "ru", "br", "my", "sg", "in",
        "au", "ca", "us", "tv", "me", "ly", "gl", "gov", "edu", "nl", "pl", "tr", "vn", "jp", "kr", "cn", "pt", "mx", "ar",
    ];

    private static readonly HashSet<string> Tlds = new(TopLevelDomains, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TldLookup = Tlds.GetAlternateLookup<ReadOnlySpan<char>>();

    protected override string? Match(CleaningContext context, int line)
    {
        var text = context.GetText(line);
        int urlChars = 0;

        // Every URL form IsUrl accepts has a '.' or a ':', so only the space-separated tokens holding one are tested.
        int at = text.IndexOfAny('.', ':');
        while (at >= 0)
        {
            int start = text[..at].LastIndexOf(' ') + 1;

            // Tokens come in order and do not overlap: once the line would not be mostly URL even if all the rest were,
            // stop. In prose the first '.' ends a sentence well into the line, so its tokens are never tested.
            if (!IsMostlyUrl(urlChars + text.Length - start, text.Length))
            {
                return null;
            }

            int space = text[at..].IndexOf(' ');
            int end = space < 0 ? text.Length : at + space;
            var token = text[start..end];
            if (IsUrl(token))
            {
                urlChars += token.Length;
            }

            int next = end < text.Length ? text[end..].IndexOfAny('.', ':') : -1;
            at = next < 0 ? -1 : end + next;
        }

        return urlChars > 0 && IsMostlyUrl(urlChars, text.Length) ? MostlyUrl : null;
    }

    /// <summary>
    /// Whether <paramref name="urlChars"/> of a line's <paramref name="length"/> are most of it: "mostly" means at least
    /// two thirds, so an embedded post's "we're on it https://t.co/x" keeps its words.
    /// </summary>
    private static bool IsMostlyUrl(int urlChars, int length) => urlChars * 3 >= length * 2;

    /// <summary>http(s):// and www. links, and bare domains with a known top-level domain ("osc.medcom.id").</summary>
    internal static bool IsUrl(ReadOnlySpan<char> token)
    {
        token = token.Trim("()[]<>\"'“”,;");
        if (token.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || token.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return token.Length > 7;
        }

        int slash = token.IndexOf('/');
        var host = slash < 0 ? token : token[..slash];
        int dot = host.LastIndexOf('.');
        if (dot <= 0 || dot == host.Length - 1 || host.Contains('@'))
        {
            return false;
        }

        foreach (char c in host)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }

        return TldLookup.Contains(host[(dot + 1)..]);
    }
}
