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
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockTagLookup = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxPasses = 4;

    // Lines up to this length (nearly every real one) are parsed whole; longer ones in pieces of about this size.
    private const int PieceLength = 4096;

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

        if (line.Length <= PieceLength)
        {
            decoded = DecodeFully(line.ToString());
            return true;
        }

        // The HTML5 tree builder scans its stack of open elements for each tag, so thousands of unclosed "<div>" in one
        // line cost time quadratic in their number. Long lines are decoded in pieces of a few thousand characters, cut
        // just before a tag (entities and tags stay whole), preferably a block tag, which breaks the line anyway.
        var builder = new StringBuilder(line.Length);
        int start = 0;
        while (start < line.Length)
        {
            int end = PieceEnd(line, start);
            builder.Append(DecodeFully(line[start..end].ToString()));
            start = end;
        }

        decoded = builder.ToString();
        return true;
    }

    /// <summary>Where the piece that starts at <paramref name="start"/> ends: before a tag some way on, or the end of the line.</summary>
    private static int PieceEnd(ReadOnlySpan<char> line, int start)
    {
        int firstCut = start + PieceLength;
        if (firstCut >= line.Length)
        {
            return line.Length;
        }

        int anyTag = -1;
        int limit = Math.Min(line.Length, firstCut + PieceLength);
        for (int at = firstCut; at < limit; at++)
        {
            if (line[at] == '<' && IsTagAt(line, at))
            {
                if (IsBlockTagAt(line, at))
                {
                    return at;
                }

                anyTag = anyTag < 0 ? at : anyTag;
            }
        }

        if (anyTag >= 0 || limit == line.Length)
        {
            return anyTag >= 0 ? anyTag : limit;
        }

        // No tag: cut at a space, which no entity contains.
        int space = line[firstCut..limit].LastIndexOf(' ');
        return space >= 0 ? firstCut + space : limit;
    }

    private static bool IsBlockTagAt(ReadOnlySpan<char> text, int at)
    {
        int i = at + 1 < text.Length && text[at + 1] == '/' ? at + 2 : at + 1;
        int start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return BlockTagLookup.Contains(text[start..i]);
    }

    /// <summary>Double-encoded text ("&amp;amp;") decodes one level per pass; a few passes reach the fixed point, which
    /// keeps Clean idempotent for every realistic input while bounding the work.</summary>
    private static string DecodeFully(string text)
    {
        for (int pass = 0; pass < MaxPasses && ContainsMarkup(text); pass++)
        {
            text = DecodeOnce(text);
        }

        return text;
    }

    internal static bool ContainsMarkup(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int found = text[offset..].IndexOfAny(Markers);
            if (found < 0)
            {
                return false;
            }

            int at = offset + found;
            if (text[at] == '&' ? IsEntityAt(text, at) : IsTagAt(text, at))
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

    private static bool IsTagAt(ReadOnlySpan<char> text, int at)
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
        return (text[i] is '>' or ' ' or '/') && text[i..].Contains('>');
    }

    private static string DecodeOnce(string text)
    {
        parser ??= new HtmlParser();
        // Opening <body> first: before it the HTML5 parser drops leading whitespace (and stray end tags before it),
        // which would glue two pieces of a long line together ("miring</i> kata" -> "miringkata").
        using var document = parser.ParseDocument("<body>" + text);
        var builder = new StringBuilder(text.Length);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is not null)
        {
            AppendText(root, builder);
        }

        return builder.ToString();
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

            // By index: AngleSharp's PreviousSibling searches the parent's child list, so a walk by siblings is quadratic
            // in the number of children (100 000 "<br>" took minutes).
            var children = node.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], false));
            }
        }
    }
}
