using System.Text;
using AngleSharp.Dom;

namespace NewsClean.Html;

/// <summary>
/// Turns a subtree into lines: every block element (paragraph, heading, list item, ...) and every <c>br</c> ends a line,
/// whitespace collapses as a browser renders it. Dropped elements, repeated captions and link-dense lines are left
/// out and, when tracing, reported.
/// </summary>
internal sealed class LineWriter
{
    /// <summary>A line whose link characters reach this share of its visible characters is a link line.</summary>
    internal const double MaxLineLinkDensity = 0.5;

    private readonly DomMap map;
    private readonly List<Removal>? removals;
    private readonly IElement? kept;
    private readonly HashSet<string> captions = new(StringComparer.Ordinal);
    private readonly StringBuilder line = new();
    private int lineVisible;
    private int lineLinkVisible;
    private int lineSource;
    private bool pendingSpace;

    /// <param name="map">The document.</param>
    /// <param name="removals">Where to report what is left out; null when not tracing.</param>
    /// <param name="kept">An element written elsewhere (the headline), left out of the text of removals that enclose it.</param>
    public LineWriter(DomMap map, List<Removal>? removals, IElement? kept = null)
    {
        this.map = map;
        this.removals = removals;
        this.kept = kept;
    }

    /// <summary>Writes the subtree of entry <paramref name="root"/> to <paramref name="output"/>, leaving out the subtrees of <paramref name="skip"/>.</summary>
    public void Write(int root, List<HtmlLine> output, params ReadOnlySpan<int> skip)
    {
        var stack = new Stack<(INode Node, int Parent, bool Exit)>();
        stack.Push((map[root].Element, map[root].Parent, false));
        int next = root;
        while (stack.Count > 0)
        {
            var (node, parent, exit) = stack.Pop();
            if (exit)
            {
                Flush(output);
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                Append(node.TextContent, parent >= 0 && (map[parent].InLink || map[parent].Element.LocalName == "a"), parent);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            int index = next;
            var entry = map[index];
            next = index + entry.Size;
            if (skip.Contains(index))
            {
                continue;
            }

            if (entry.Drop != DropKind.None)
            {
                Report(RuleIdOf(entry.Drop), entry.Reason, element);
                continue;
            }

            next = index + 1;
            string name = element.LocalName;
            if (name == "br")
            {
                Flush(output);
                continue;
            }

            if (name == "figcaption" && !captions.Add(HtmlText.Collapse(element)))
            {
                Report(HtmlRuleIds.DuplicateCaption, "the same caption appeared earlier", element);
                next = index + entry.Size;
                continue;
            }

            if (entry.BlockOwner == index)
            {
                Flush(output);
                stack.Push((element, index, true));
            }

            var children = element.ChildNodes;
            for (int k = children.Length - 1; k >= 0; k--)
            {
                var child = children[k];
                if (child is IElement or { NodeType: NodeType.Text })
                {
                    stack.Push((child, index, false));
                }
            }
        }

        Flush(output);
    }

    private static string RuleIdOf(DropKind kind) => kind switch
    {
        DropKind.Code => HtmlRuleIds.Code,
        DropKind.Hidden => HtmlRuleIds.Hidden,
        DropKind.Layout => HtmlRuleIds.Layout,
        _ => HtmlRuleIds.Boilerplate, // Boilerplate and OtherArticles
    };

    private void Append(string text, bool inLink, int parent)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = line.Length > 0;
                continue;
            }

            if (line.Length == 0)
            {
                // Positions only exist, and only matter, when tracing.
                lineSource = removals is null ? 0 : HtmlText.SourceLine(map[parent].Element);
            }

            if (pendingSpace)
            {
                line.Append(' ');
                pendingSpace = false;
            }

            line.Append(c);
            lineVisible++;
            if (inLink)
            {
                lineLinkVisible++;
            }
        }
    }

    private void Flush(List<HtmlLine> output)
    {
        if (line.Length > 0)
        {
            string text = line.ToString();
            if (lineLinkVisible >= MaxLineLinkDensity * lineVisible)
            {
                removals?.Add(new Removal(HtmlRuleIds.LinkDense, "the line is mostly link text", text, lineSource, lineSource));
            }
            else
            {
                output.Add(new HtmlLine(text, lineSource));
            }
        }

        line.Clear();
        lineVisible = 0;
        lineLinkVisible = 0;
        pendingSpace = false;
    }

    private void Report(string ruleId, string reason, IElement element)
    {
        if (removals is null)
        {
            return;
        }

        string text = HtmlText.Collapse(element, kept);
        if (text.Length > 0)
        {
            int source = HtmlText.SourceLine(element);
            removals.Add(new Removal(ruleId, reason, text, source, source));
        }
    }
}

/// <summary>One line of extracted text and the 1-based HTML line it starts on (0 when unknown).</summary>
internal readonly record struct HtmlLine(string Text, int SourceLine);
