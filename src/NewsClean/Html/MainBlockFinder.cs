namespace NewsClean.Html;

/// <summary>
/// Chooses the element that holds the article: the subtree with the highest content score, where each block of prose
/// adds its non-link characters and each link list, short fragment or dropped element subtracts part of its length.
/// </summary>
/// <remarks>
/// Taking the best-scoring subtree (not the longest) is what keeps a sidebar of headlines or a comment thread out:
/// widening the choice to include them costs more than it gains. The publisher's schema.org <c>articleBody</c> wins
/// when it holds most of the chosen block's prose.
/// </remarks>
internal static class MainBlockFinder
{
    /// <summary>A block with at least this many non-link characters reads as prose.</summary>
    internal const int MinProseCharacters = 40;

    /// <summary>A block whose link characters reach this share is a link list.</summary>
    internal const double MaxProseLinkDensity = 0.35;

    /// <summary>A furniture verdict is overruled when the element holds more than this share of the page's prose.</summary>
    internal const double MaxDroppedProseShare = 0.6;

    /// <summary>The articleBody element is chosen when it holds at least this share of the best block's prose.</summary>
    private const double ArticleBodyShare = 0.6;

    /// <summary>Overrules doubtful verdicts, scores every subtree and returns the index of the main block.</summary>
    public static int Find(DomMap map)
    {
        ComputeProse(map);
        OverruleVerdictsOnProse(map);
        ComputeScores(map);

        int best = 0;
        for (int i = 1; i < map.Count; i++)
        {
            // Ties go to the later, deeper element: a wrapper that adds nothing should not be chosen over its content.
            if (map[i].DroppedBy < 0 && map[i].Score >= map[best].Score)
            {
                best = i;
            }
        }

        int articleBody = FindArticleBody(map);
        if (articleBody >= 0 && map[articleBody].Prose >= ArticleBodyShare * map[best].Prose)
        {
            return articleBody;
        }

        return best;
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

    private static void OverruleVerdictsOnProse(DomMap map)
    {
        // A class such as "tag-news" or a page-wide <form> must not take the article with it.
        double limit = MaxDroppedProseShare * map[0].Prose;
        for (int i = 0; i < map.Count; i++)
        {
            var entry = map[i];
            if (entry.Drop is DropKind.Layout or DropKind.Boilerplate or DropKind.Hidden && entry.Prose > limit && entry.Prose > 0)
            {
                entry.Drop = DropKind.None;
                entry.Reason = string.Empty;
            }

            int parentDrop = entry.Parent >= 0 ? map[entry.Parent].DroppedBy : -1;
            entry.DroppedBy = parentDrop >= 0 ? parentDrop : entry.Drop != DropKind.None ? i : -1;
        }
    }

    private static void ComputeScores(DomMap map)
    {
        for (int i = map.Count - 1; i >= 0; i--)
        {
            var entry = map[i];
            if (entry.BlockOwner == i)
            {
                entry.Score += BlockValue(entry);
            }

            if (entry.Parent >= 0)
            {
                map[entry.Parent].Score += entry.Score;
            }
        }
    }

    private static double BlockValue(DomMap.Entry entry)
    {
        if (entry.OwnText == 0)
        {
            return 0;
        }

        if (entry.DroppedBy >= 0)
        {
            return -0.5 * entry.OwnText;
        }

        if (IsProse(entry))
        {
            return entry.OwnText - entry.OwnLinkText;
        }

        return entry.OwnLinkText >= MaxProseLinkDensity * entry.OwnText ? -0.5 * entry.OwnText : -0.2 * entry.OwnText;
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
