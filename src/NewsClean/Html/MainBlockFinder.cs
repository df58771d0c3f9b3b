namespace NewsClean.Html;

/// <summary>
/// Chooses the elements that hold the article. Each prose block (enough non-link text, few links) credits the
/// element that directly holds it, and less each level up; the best-credited element, discounted by its link density,
/// is the core. Siblings that score well or hold prose of their own join it, as do boxes with the same tag and class
/// (an article split by adverts). The publisher's schema.org <c>articleBody</c> wins when it holds most of that prose.
/// </summary>
/// <remarks>
/// Crediting the direct container (as Readability does) is what keeps teasers out: a column of six teasers holds six
/// paragraphs in six boxes, an article holds its paragraphs side by side in one.
/// </remarks>
internal static class MainBlockFinder
{
    /// <summary>A block with at least this many non-link characters reads as prose.</summary>
    internal const int MinProseCharacters = 40;

    /// <summary>A block whose link characters reach this share is a link list.</summary>
    internal const double MaxProseLinkDensity = 0.35;

    /// <summary>A furniture verdict is overruled when the element holds more than this share of the page's prose.</summary>
    internal const double MaxDroppedProseShare = 0.6;

    /// <summary>A sibling of the chosen element joins it when it scores at least this share of the choice.</summary>
    private const double SiblingShare = 0.2;

    /// <summary>The articleBody element is chosen when it holds at least this share of the best block's prose.</summary>
    private const double ArticleBodyShare = 0.6;

    /// <summary>Overrules doubtful verdicts, scores the elements and returns the entries that make up the main block, in document order.</summary>
    public static List<int> Find(DomMap map)
    {
        ComputeProse(map);
        PropagateHeadingVerdicts(map);
        OverruleVerdictsOnProse(map);
        ComputeContainerScores(map);

        int top = -1;
        for (int i = 0; i < map.Count; i++)
        {
            if (map[i].DroppedBy < 0 && map[i].ContainerScore > 0 && (top < 0 || Weighted(map[i]) > Weighted(map[top])))
            {
                top = i;
            }
        }

        // Without a single block of prose there is nothing to choose between: the whole page is the text.
        List<int> roots = top < 0 ? [0] : WithCousins(map, WithProseAroundContainer(map, WithSiblings(map, ClimbToParent(map, top))), top);
        int articleBody = FindArticleBody(map);
        double chosenProse = roots.Sum(r => map[r].Prose);
        if (articleBody >= 0 && map[articleBody].Prose >= ArticleBodyShare * chosenProse)
        {
            return [articleBody];
        }

        return roots;
    }

    /// <summary>The container score discounted by the subtree's link density: a list of headlines scores low.</summary>
    private static double Weighted(DomMap.Entry entry) =>
        entry.ContainerScore * (entry.SubtreeText == 0 ? 1 : 1 - ((double)entry.SubtreeLinkText / entry.SubtreeText));

    /// <summary>
    /// Each prose block credits the element that holds it fully and its two ancestors less, so the element that directly
    /// holds most paragraphs wins over a page wrapper. A paragraph alone in its box (a teaser's summary) credits only
    /// that box: six teasers in six boxes must not add up to an article.
    /// </summary>
    private static void ComputeContainerScores(DomMap map)
    {
        var holders = new int[map.Count];
        var credits = new double[map.Count];
        var proseBlocks = new int[map.Count];
        for (int i = 0; i < map.Count; i++)
        {
            var entry = map[i];
            if (entry.BlockOwner != i || entry.DroppedBy >= 0 || !IsProse(entry))
            {
                holders[i] = -1;
                continue;
            }

            // A paragraph or list item belongs to its container; a div or cell holding prose itself is the container.
            holders[i] = entry.Element.LocalName is "p" or "li" or "dd" or "pre" ? entry.Parent : i;
            credits[i] = 1 + entry.OwnCommas + Math.Min((entry.OwnText - entry.OwnLinkText) / 100.0, 3);
            if (holders[i] >= 0)
            {
                proseBlocks[holders[i]]++;
            }
        }

        for (int i = 0; i < map.Count; i++)
        {
            int at = holders[i];
            if (at < 0)
            {
                continue;
            }

            int levels = proseBlocks[at] >= 2 ? 3 : 1;
            for (int level = 0; level < levels && at >= 0; level++, at = map[at].Parent)
            {
                map[at].ContainerScore += credits[i] / (level == 0 ? 1 : level == 1 ? 2 : 6);
            }
        }
    }

    /// <summary>Moves up to an ancestor that scores higher than the choice, as when an article is split over several boxes.</summary>
    private static int ClimbToParent(DomMap map, int top)
    {
        double last = Weighted(map[top]);
        double threshold = last / 3;
        for (int at = map[top].Parent; at > 0; at = map[at].Parent)
        {
            double score = Weighted(map[at]);
            if (score < threshold)
            {
                break;
            }

            if (score > last)
            {
                return at;
            }

            last = score;
        }

        return top;
    }

    /// <summary>The chosen element and those of its siblings that hold prose of their own.</summary>
    private static List<int> WithSiblings(DomMap map, int top)
    {
        int parent = map[top].Parent;
        if (parent < 0)
        {
            return [top];
        }

        var roots = new List<int>();
        double threshold = Math.Max(10, SiblingShare * Weighted(map[top]));
        for (int child = parent + 1; child < parent + map[parent].Size; child += map[child].Size)
        {
            var entry = map[child];
            if (child == top || (entry.DroppedBy < 0 && (Weighted(entry) >= threshold || IsProseSibling(entry))))
            {
                roots.Add(child);
            }
        }

        return roots;
    }

    /// <summary>
    /// An article whose paragraphs each sit in a box of their own is chosen paragraph by paragraph, inside a wrapper
    /// that may leave the lede outside (a div with the lede, then a reader widget's div with the rest): prose boxes
    /// beside that wrapper join too.
    /// </summary>
    private static List<int> WithProseAroundContainer(DomMap map, List<int> roots)
    {
        int container = map[roots[0]].Parent;
        if (roots.Count < MinParagraphBoxes || container <= 0 || map[container].Parent < 0 || !roots.TrueForAll(r => map[r].Parent == container))
        {
            return roots;
        }

        int outer = map[container].Parent;
        bool added = false;
        for (int child = outer + 1; child < outer + map[outer].Size; child += map[child].Size)
        {
            if (child != container && map[child].DroppedBy < 0 && IsProseSibling(map[child]))
            {
                roots.Add(child);
                added = true;
            }
        }

        if (added)
        {
            roots.Sort();
        }

        return roots;
    }

    // The chosen element and at least this many siblings: an article set paragraph by paragraph.
    private const int MinParagraphBoxes = 2;

    private static bool IsProseSibling(DomMap.Entry entry)
    {
        int nonLink = entry.OwnText - entry.OwnLinkText;
        if (nonLink >= 80)
        {
            return entry.OwnLinkText < 0.25 * entry.OwnText;
        }

        return entry.Element.LocalName == "p" && entry.OwnText > 0 && entry.OwnLinkText == 0;
    }

    /// <summary>
    /// Adds the other parts of an article that advertisements split into several boxes: elements with the same tag
    /// and class as the chosen one that directly hold prose too.
    /// </summary>
    private static List<int> WithCousins(DomMap map, List<int> roots, int top)
    {
        var element = map[top].Element;
        string? className = element.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(className))
        {
            return roots;
        }

        bool added = false;
        for (int i = 0; i < map.Count; i++)
        {
            var entry = map[i];
            if (entry.DroppedBy < 0 && entry.ContainerScore > 0 && entry.Element.LocalName == element.LocalName
                && !roots.Exists(root => map.Contains(root, i) || map.Contains(i, root))
                && string.Equals(entry.Element.GetAttribute("class"), className, StringComparison.Ordinal))
            {
                roots.Add(i);
                added = true;
            }
        }

        if (added)
        {
            roots.Sort();
        }

        return roots;
    }

    /// <summary>Whether a block's own text reads as prose.</summary>
    internal static bool IsProse(DomMap.Entry entry) =>
        entry.OwnText - entry.OwnLinkText >= MinProseCharacters && entry.OwnLinkText < MaxProseLinkDensity * entry.OwnText;

    private static void ComputeProse(DomMap map)
    {
        for (int i = map.Count - 1; i >= 0; i--)
        {
            var entry = map[i];
            if (entry.Drop == DropKind.Code)
            {
                continue;
            }

            if (entry.BlockOwner == i && IsProse(entry))
            {
                entry.Prose += entry.OwnText - entry.OwnLinkText;
            }

            if (entry.Parent >= 0)
            {
                map[entry.Parent].Prose += entry.Prose;
            }
        }
    }

    /// <summary>A box whose first heading names a list of other articles ("relatedposts-title") is that list.</summary>
    private static void PropagateHeadingVerdicts(DomMap map)
    {
        for (int i = 1; i < map.Count; i++)
        {
            var heading = map[i];
            int parent = heading.Parent;
            if (heading.Drop != DropKind.OtherArticles || !ElementKinds.IsHeading(heading.Element.LocalName) || parent <= 0
                || map[parent].Element.LocalName is "body" or "main" || map[parent].Drop != DropKind.None || !IsFirstWithText(map, parent, i))
            {
                continue;
            }

            map[parent].Drop = DropKind.OtherArticles;
            map[parent].Reason = $"its heading {heading.Reason}";
        }
    }

    private static bool IsFirstWithText(DomMap map, int parent, int child)
    {
        for (int sibling = parent + 1; sibling < child; sibling += map[sibling].Size)
        {
            if (map[sibling].SubtreeText > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void OverruleVerdictsOnProse(DomMap map)
    {
        // A class such as "tag-news" or a page-wide <form> must not take the article with it.
        double limit = MaxDroppedProseShare * map[0].Prose;
        for (int i = 0; i < map.Count; i++)
        {
            var entry = map[i];
            if (entry.Drop is DropKind.Layout or DropKind.Boilerplate or DropKind.Hidden && entry.Prose > limit)
            {
                entry.Drop = DropKind.None;
                entry.Reason = string.Empty;
            }

            int parentDrop = entry.Parent >= 0 ? map[entry.Parent].DroppedBy : -1;
            entry.DroppedBy = parentDrop >= 0 ? parentDrop : entry.Drop != DropKind.None ? i : -1;
        }
    }

    private static int FindArticleBody(DomMap map)
    {
        for (int i = 0; i < map.Count; i++)
        {
            if (map[i].DroppedBy < 0
                && map[i].Element.GetAttribute("itemprop") is { } itemprop
                && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
                && map[i].Prose > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
