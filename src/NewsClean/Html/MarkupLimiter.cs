using System.Text;

namespace NewsClean.Html;

/// <summary>
/// A linear, tokenizer-level pre-pass that removes the markup which would make the HTML5 tree builder slow:
/// containers nested deeper than <see cref="MaxContainerDepth"/>, formatting elements (b, i, a, ...) left open
/// beyond <see cref="MaxOpenFormatting"/> (with their matching end tags), every tag after the first
/// <see cref="MaxMarkupItems"/>, and the attributes of a start tag longer than <see cref="MaxTagLength"/>.
/// Text is never removed, except the content of script-like elements past the tag budget.
/// </summary>
/// <remarks>
/// Why: the tree builder scans its stack of open elements and its list of active formatting elements on many tokens,
/// so 400 000 nested &lt;div&gt;s or a few MB of unclosed &lt;b&gt;&lt;i&gt;&lt;a&gt; cost quadratic time (tens of
/// seconds in AngleSharp), and half a million elements take seconds to build. Real pages stay far below every limit
/// (the 181 dev pages have at most a few thousand tags), and for them the input is returned unchanged.
/// The depth model is approximate (elements that close themselves, such as p and li, are not counted), which is
/// enough to bound the work: every kept tag adds at most one level.
/// </remarks>
internal static class MarkupLimiter
{
    /// <summary>Deepest nesting of container elements (div, span, section, table, ...) that is passed on.</summary>
    public const int MaxContainerDepth = 256;

    /// <summary>Most formatting elements (b, i, a, font, ...) open at once that are passed on.</summary>
    public const int MaxOpenFormatting = 24;

    private static readonly HashSet<string> VoidElements = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image"],
        StringComparer.OrdinalIgnoreCase);

    // Elements the tree builder closes by itself (a new <p> ends the open one), so they do not nest in practice.
    private static readonly HashSet<string> SelfClosingByContext = new(
        ["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc", "caption", "colgroup", "head", "body", "html"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> FormattingElements = new(
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"],
        StringComparer.OrdinalIgnoreCase);

    // Elements whose content is raw text: tags inside them are not tags.
    private static readonly HashSet<string> RawTextElements = new(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Most tags, comments and declarations passed on; after them only text follows.</summary>
    public const int MaxMarkupItems = 50_000;

    /// <summary>A start tag longer than this is passed on without its attributes.</summary>
    public const int MaxTagLength = 65_536;

    private static readonly HashSet<string> KnownNames = new(
        [.. VoidElements, .. SelfClosingByContext, .. FormattingElements, .. RawTextElements,
         "div", "span", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol", "table", "form", "figure",
         "figcaption", "picture", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "label", "button", "svg", "path", "g", "noscript",
         "time", "sup", "sub", "center", "select", "iframe", "video", "audio", "dl", "pre", "template", "ins", "del", "mark"],
        StringComparer.OrdinalIgnoreCase);

    // One lookup per tag gives its name, kinds and counter slot; the per-set lookups it replaces were half the scan.
    private static readonly Dictionary<string, Tag> KnownTags = KnownNames.Select((name, id) => Tag.Of(name, id)).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Tag>.AlternateLookup<ReadOnlySpan<char>> KnownTagLookup = KnownTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <paramref name="html"/> without the tags beyond the limits; the same instance when nothing is beyond them.</summary>
    public static string Limit(string html)
    {
        var state = new State(KnownTags.Count);
        StringBuilder? output = null;
        int copied = 0;
        int items = 0;
        int i = 0;
        int n = html.Length;

        // Replaces html[from..to) with replacement (empty: removes it).
        void Replace(int from, int to, string replacement)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, from - copied).Append(replacement);
            copied = to;
        }

        while (i < n)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }

            char next = html[lt + 1];
            if (next is '!' or '?')
            {
                i = next == '!' ? SkipMarkupDeclaration(html, lt) : EndOf(html, html.IndexOf('>', lt + 2));
                if (++items > MaxMarkupItems)
                {
                    Replace(lt, i, string.Empty);
                }

                continue;
            }

            bool end = next == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            int nameEnd = nameStart;
            while (nameEnd < n && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            int tagEnd = end ? EndOf(html, html.IndexOf('>', nameEnd)) : SkipAttributes(html, nameEnd);
            var tag = state.TagOf(html.AsSpan(nameStart, nameEnd - nameStart));
            bool rawText = !end && tag.IsRawText;
            i = tagEnd;
            if (++items > MaxMarkupItems)
            {
                // Past the budget only text follows; code elements go whole, so scripts do not turn into text.
                int removeTo = rawText ? SkipRawTextElement(html, tagEnd, tag.EndTagStart) : tagEnd;
                Replace(lt, removeTo, string.Empty);
                i = removeTo;
                continue;
            }

            if (!(end ? state.Close(tag) : state.Open(tag)))
            {
                Replace(lt, tagEnd, string.Empty);
            }
            else if (!end && tagEnd - lt > MaxTagLength)
            {
                Replace(lt, tagEnd, "<" + tag.Name + ">");
            }

            if (rawText)
            {
                i = SkipRawText(html, tagEnd, tag.EndTagStart);
            }
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, n - copied);
        return output.ToString();
    }

    private static int SkipRawTextElement(string html, int from, string endTagStart)
    {
        int close = SkipRawText(html, from, endTagStart);
        return close >= html.Length ? close : EndOf(html, html.IndexOf('>', close));
    }

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    private static int EndOf(string html, int gt) => gt < 0 ? html.Length : gt + 1;

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        return EndOf(html, html.IndexOf('>', lt + 2));
    }

    /// <summary>The index of the end tag that starts with <paramref name="endTagStart"/> ("&lt;/script"), or the end of the input.</summary>
    private static int SkipRawText(string html, int from, string endTagStart)
    {
        int close = html.IndexOf(endTagStart, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }

    /// <summary>Returns the index after the '&gt;' that ends a start tag, honouring quoted attribute values as the tokenizer does.</summary>
    private static int SkipAttributes(string html, int i)
    {
        int n = html.Length;
        while (i < n)
        {
            char c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c != '=')
            {
                i++;
                continue;
            }

            // A quote only delimits a value right after '=' (and optional spaces).
            i++;
            while (i < n && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
            }

            if (i < n && html[i] is '"' or '\'')
            {
                int close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return n;
                }

                i = close + 1;
            }
        }

        return n;
    }

    /// <summary>A tag name as the scan sees it: lower-cased, its kinds, and the slot of its counters.</summary>
    private sealed class Tag(string name, int id, bool isVoid, bool closesByContext, bool isFormatting, bool isRawText)
    {
        public string Name { get; } = name;

        public int Id { get; } = id;

        public bool IsVoid { get; } = isVoid;

        public bool ClosesByContext { get; } = closesByContext;

        public bool IsFormatting { get; } = isFormatting;

        public bool IsRawText { get; } = isRawText;

        /// <summary>"&lt;/" and the name: what ends the element's raw text.</summary>
        public string EndTagStart { get; } = "</" + name;

        public static Tag Of(string name, int id) => new(
            name, id, VoidElements.Contains(name), SelfClosingByContext.Contains(name), FormattingElements.Contains(name), RawTextElements.Contains(name));
    }

    /// <summary>The approximate open-element counts of the scan.</summary>
    private sealed class State(int knownTags)
    {
        // Names outside the table, by their lower-cased form: custom elements ("amp-img") and misspellings.
        private readonly Dictionary<string, Tag> otherTags = new(StringComparer.Ordinal);
        private int[] open = new int[knownTags + 8];
        private int[] suppressed = new int[knownTags + 8];
        private int depth;
        private int formatting;

        /// <summary>The tag named <paramref name="name"/>; names outside the table allocate only when first seen.</summary>
        public Tag TagOf(ReadOnlySpan<char> name)
        {
            if (KnownTagLookup.TryGetValue(name, out var known))
            {
                return known;
            }

            Span<char> buffer = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
            int length = name.ToLowerInvariant(buffer);
            var lower = buffer[..length];
            var others = otherTags.GetAlternateLookup<ReadOnlySpan<char>>();
            if (others.TryGetValue(lower, out var other))
            {
                return other;
            }

            // A lower-cased form can equal a table name ("LİNK" is "link"): it shares that name's counters.
            string text = lower.ToString();
            int id = KnownTags.TryGetValue(text, out var same) && same.Name == text ? same.Id : knownTags + otherTags.Count;
            var tag = Tag.Of(text, id);
            otherTags.Add(text, tag);
            if (id >= open.Length)
            {
                Array.Resize(ref open, open.Length * 2);
                Array.Resize(ref suppressed, suppressed.Length * 2);
            }

            return tag;
        }

        public bool Open(Tag tag)
        {
            if (tag.IsVoid || tag.ClosesByContext)
            {
                return true;
            }

            if (tag.IsFormatting && tag.Name is "a" or "nobr" && open[tag.Id] > 0)
            {
                // A new <a> closes the open one: the count does not grow.
                return true;
            }

            bool full = tag.IsFormatting ? formatting >= MaxOpenFormatting : depth >= MaxContainerDepth;
            if (full)
            {
                suppressed[tag.Id]++;
                return false;
            }

            open[tag.Id]++;
            if (tag.IsFormatting)
            {
                formatting++;
            }
            else
            {
                depth++;
            }

            return true;
        }

        public bool Close(Tag tag)
        {
            if (suppressed[tag.Id] > 0)
            {
                suppressed[tag.Id]--;
                return false;
            }

            if (open[tag.Id] > 0)
            {
                open[tag.Id]--;
                if (tag.IsFormatting)
                {
                    formatting--;
                }
                else
                {
                    depth--;
                }
            }

            return true;
        }
    }
}
