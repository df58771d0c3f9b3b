using AngleSharp.Dom;

namespace NewsClean.Html;

/// <summary>
/// The body's elements flattened in document order (pre-order), with what the extractor needs per element: parent,
/// subtree size, the block that owns its text, the text counts of each block and the classifier's verdict.
/// </summary>
/// <remarks>Built by one iterative walk, so documents nested thousands of levels deep cannot overflow the stack.</remarks>
internal sealed class DomMap
{
    private readonly List<Entry> entries = [];

    private DomMap()
    {
    }

    /// <summary>Number of elements.</summary>
    public int Count => entries.Count;

    public Entry this[int index] => entries[index];

    /// <summary>Walks <paramref name="root"/> and everything below it.</summary>
    public static DomMap Build(IElement root)
    {
        var map = new DomMap();
        var stack = new Stack<(IElement Element, int Parent)>();
        stack.Push((root, -1));
        while (stack.Count > 0)
        {
            var (element, parent) = stack.Pop();
            int index = map.Add(element, parent);
            if (map.entries[index].Drop == DropKind.Code)
            {
                continue;
            }

            // Index the child list: AngleSharp's sibling properties search the parent's list, quadratic on wide nodes.
            // The same pass counts the element's own text.
            var entry = map.entries[index];
            bool link = entry.InLink || element.LocalName == "a";
            var owner = map.entries[entry.BlockOwner];
            var children = element.ChildNodes;
            for (int k = children.Length - 1; k >= 0; k--)
            {
                var child = children[k];
                if (child is IElement childElement)
                {
                    stack.Push((childElement, index));
                }
                else if (child.NodeType == NodeType.Text)
                {
                    CountText(child.TextContent, owner, link);
                }
            }
        }

        map.ComputeSizes();
        return map;
    }

    /// <summary>Adds the visible characters (whitespace excluded) and commas of <paramref name="text"/> to the block <paramref name="owner"/>.</summary>
    private static void CountText(string text, Entry owner, bool link)
    {
        int visible = 0;
        int commas = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C')
            {
                commas++;
            }
        }

        owner.OwnText += visible;
        owner.OwnCommas += commas;
        if (link)
        {
            owner.OwnLinkText += visible;
        }
    }

    /// <summary>True when entry <paramref name="descendant"/> lies in the subtree of entry <paramref name="ancestor"/>.</summary>
    public bool Contains(int ancestor, int descendant) =>
        descendant >= ancestor && descendant < ancestor + entries[ancestor].Size;

    private int Add(IElement element, int parent)
    {
        var parentEntry = parent >= 0 ? entries[parent] : null;
        string name = element.LocalName;
        bool insideArticle = parentEntry is not null && (parentEntry.InsideArticle || parentEntry.Element.LocalName is "article" or "main");
        var drop = ElementClassifier.Classify(element, insideArticle, out string reason);
        int index = entries.Count;
        var entry = new Entry(element, parent)
        {
            InsideArticle = insideArticle,
            InLink = parentEntry is not null && (parentEntry.InLink || parentEntry.Element.LocalName == "a"),
            Drop = drop,
            Reason = reason,
            DroppedBy = drop != DropKind.None ? index : parentEntry?.DroppedBy ?? -1,
        };
        entry.BlockOwner = ElementKinds.IsBlock(name) || parentEntry is null ? index : parentEntry.BlockOwner;
        entries.Add(entry);
        return index;
    }

    private void ComputeSizes()
    {
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            var entry = entries[i];
            entry.Size++;
            if (entry.BlockOwner == i)
            {
                entry.SubtreeText += entry.OwnText;
                entry.SubtreeLinkText += entry.OwnLinkText;
            }

            if (entry.Parent >= 0)
            {
                var parent = entries[entry.Parent];
                parent.Size += entry.Size;
                parent.SubtreeText += entry.SubtreeText;
                parent.SubtreeLinkText += entry.SubtreeLinkText;
            }
        }
    }

    /// <summary>One element and its facts.</summary>
    internal sealed class Entry(IElement element, int parent)
    {
        public IElement Element { get; } = element;

        /// <summary>Index of the parent entry, -1 for the root.</summary>
        public int Parent { get; } = parent;

        /// <summary>Entries in the subtree, this one included.</summary>
        public int Size { get; set; }

        /// <summary>The nearest block element, this one or an ancestor, whose line the element's text joins.</summary>
        public int BlockOwner { get; set; }

        public bool InsideArticle { get; init; }

        public bool InLink { get; init; }

        /// <summary>What the classifier says about this element itself.</summary>
        public DropKind Drop { get; set; }

        public string Reason { get; set; } = string.Empty;

        /// <summary>The entry whose verdict drops this one (itself or an ancestor); -1 when kept.</summary>
        public int DroppedBy { get; set; }

        /// <summary>Visible characters whose block is this element.</summary>
        public int OwnText { get; set; }

        /// <summary>Of <see cref="OwnText"/>, the characters inside links.</summary>
        public int OwnLinkText { get; set; }

        /// <summary>Commas in <see cref="OwnText"/>: a sign of sentences.</summary>
        public int OwnCommas { get; set; }

        /// <summary>Visible characters in the subtree.</summary>
        public int SubtreeText { get; set; }

        /// <summary>Of <see cref="SubtreeText"/>, the characters inside links.</summary>
        public int SubtreeLinkText { get; set; }

        /// <summary>How strongly the element is a direct container of prose paragraphs (see <see cref="MainBlockFinder"/>).</summary>
        public double ContainerScore { get; set; }

        /// <summary>Text characters in the subtree that look like prose (see <see cref="MainBlockFinder"/>).</summary>
        public double Prose { get; set; }
    }
}
