using System.Text;
using AngleSharp.Dom;

namespace NewsClean.Html;

/// <summary>Small text helpers over DOM nodes.</summary>
internal static class HtmlText
{
    /// <summary>The subtree's text with whitespace runs collapsed to one space and trimmed; an iterative walk, safe at any depth.</summary>
    /// <param name="root">The subtree.</param>
    /// <param name="except">A node whose text is left out (the headline kept from a removed header), or null.</param>
    public static string Collapse(INode root, INode? except = null)
    {
        var builder = new StringBuilder();
        bool pendingSpace = false;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (ReferenceEquals(node, except))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                foreach (char c in node.TextContent)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        pendingSpace = builder.Length > 0;
                        continue;
                    }

                    if (pendingSpace)
                    {
                        builder.Append(' ');
                        pendingSpace = false;
                    }

                    builder.Append(c);
                }

                continue;
            }

            // Elements and the text of a <br> boundary both separate words.
            if (node is IElement { LocalName: "br" or "p" or "li" or "div" })
            {
                pendingSpace = builder.Length > 0;
            }

            var children = node.ChildNodes;
            for (int k = children.Length - 1; k >= 0; k--)
            {
                stack.Push(children[k]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The 1-based line of the HTML source where the element starts, or 0 when the parser kept no positions. Elements
    /// the parser made up (an implied tbody, a reopened &lt;b&gt;) take the line of their nearest real ancestor.
    /// </summary>
    public static int SourceLine(IElement element)
    {
        for (IElement? at = element; at is not null; at = at.ParentElement)
        {
            if (at.SourceReference is { } source)
            {
                return source.Position.Line;
            }
        }

        return 0;
    }
}
