using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsClean.Text;

/// <summary>
/// Decodes HTML left over in scraped text (entities such as <c>&amp;nbsp;</c>, stray tags such as <c>&lt;br&gt;</c>)
/// with AngleSharp's HTML5 parser, so every named entity and tag rule of the standard applies.
/// </summary>
/// <remarks>
/// A line is only parsed when a cheap scan finds something that is certainly markup: an entity that ends in ';'
/// or a known tag name right after '&lt;'. Text like "a &lt; b", "AT&amp;T" or "&lt;Nama Rubrik&gt;" is left alone.
/// </remarks>
internal static class HtmlLeftovers
{
    // Tags that stray into scraped text; anything else after '<' is treated as plain text.
    private static readonly string[] KnownTags =
    [
        "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "span", "div", "img", "sup", "sub", "small", "font",
        "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "iframe",
        "script", "style", "table", "tr", "td", "th", "section", "article", "header", "footer", "strike", "s", "mark",
    ];

    private static readonly HashSet<string> TagSet = new(KnownTags, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TagLookup = TagSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<char> Markers = SearchValues.Create("&<");
    private static readonly HashSet<string> BlockTags = new(
        ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption", "section", "article", "header", "footer", "hr", "ul", "ol", "table"],
        StringComparer.OrdinalIgnoreCase);

    private const int MaxPasses = 4;

    // AngleSharp's tree builder is quadratic on deeply nested formatting tags; a scraped line longer than this
    // (megabytes of "<b><i><a>" are possible) is decoded by a linear scan instead.
    private const int MaxParsedLength = 4096;

    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>Returns true and the decoded text (which may contain '\n' where block tags were) when the line holds markup.</summary>
    public static bool TryDecode(ReadOnlySpan<char> line, out string decoded)
    {
        decoded = string.Empty;
        if (!ContainsMarkup(line))
        {
            return false;
        }

        // Double-encoded text ("&amp;amp;") decodes one level per pass; a few passes reach the fixed point, which keeps
        // Clean idempotent for every realistic input while bounding the work.
        string current = line.ToString();
        for (int pass = 0; pass < MaxPasses && ContainsMarkup(current); pass++)
        {
            current = current.Length <= MaxParsedLength ? DecodeOnce(current) : DecodeLinear(current);
        }

        decoded = current;
        return true;
    }

    internal static bool ContainsMarkup(ReadOnlySpan<char> text)
    {
        int lastClose = text.LastIndexOf('>');
        int offset = 0;
        while (offset < text.Length)
        {
            int found = text[offset..].IndexOfAny(Markers);
            if (found < 0)
            {
                return false;
            }

            int at = offset + found;
            if (text[at] == '&' ? IsEntityAt(text, at) : IsTagAt(text, at, lastClose))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static bool IsEntityAt(ReadOnlySpan<char> text, int at)
    {
        // &name; or &#123; or &#x1F; with at most 32 characters before the ';'.
        int i = at + 1;
        if (i >= text.Length)
        {
            return false;
        }

        bool numeric = text[i] == '#';
        if (numeric)
        {
            i++;
            if (i < text.Length && (text[i] == 'x' || text[i] == 'X'))
            {
                i++;
            }
        }

        int start = i;
        while (i < text.Length && i - start < 32 && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == ';';
    }

    private static bool IsTagAt(ReadOnlySpan<char> text, int at, int lastClose)
    {
        int i = at + 1;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        int start = i;
        while (i < text.Length && i - start < 12 && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == start || i >= text.Length || !TagLookup.Contains(text[start..i]))
        {
            return false;
        }

        // The name must be followed by the end of the tag or an attribute, and the tag must close on this line.
        return (text[i] is '>' or ' ' or '/') && lastClose >= i;
    }

    private static string DecodeOnce(string text)
    {
        parser ??= new HtmlParser();
        using var document = parser.ParseDocument(text);
        var builder = new StringBuilder(text.Length);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is not null)
        {
            AppendText(root, builder);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Linear fallback for very long lines: drops known tags (block tags become line breaks, script and style lose
    /// their content only when closed on the line) and decodes entities with the framework's HTML entity table.
    /// </summary>
    private static string DecodeLinear(string text)
    {
        var builder = new StringBuilder(text.Length);
        int lastClose = text.LastIndexOf('>');
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '<' && IsTagAt(text, i, lastClose))
            {
                int end = text.IndexOf('>', i);
                var name = TagName(text.AsSpan(i + 1, end - i - 1));
                if (BlockTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    builder.Append('\n');
                }

                i = end + 1;
            }
            else if (c == '&' && IsEntityAt(text, i))
            {
                int end = text.IndexOf(';', i);
                builder.Append(System.Net.WebUtility.HtmlDecode(text[i..(end + 1)]));
                i = end + 1;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        int end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[..end];
    }

    private static void AppendText(INode root, StringBuilder builder)
    {
        // Iterative walk: a line of thousands of nested tags must not overflow the stack.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (element.LocalName is "script" or "style" or "template")
                {
                    continue;
                }

                bool block = BlockTags.Contains(element.LocalName);
                if (exit || !block)
                {
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    if (exit)
                    {
                        continue;
                    }
                }
                else
                {
                    builder.Append('\n');
                    stack.Push((node, true));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent);
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }
}
