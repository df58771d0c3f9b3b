namespace NewsClean.Html;

/// <summary>Finds the article's h1 when the main block does not contain it.</summary>
internal static class HeadlineFinder
{
    /// <summary>
    /// Returns the entry of the h1 to put first, or -1 when the main block already holds an h1 or the page has none.
    /// The last h1 before the main block wins: a site logo in an h1 comes earlier than the article's headline.
    /// </summary>
    public static int Find(DomMap map, List<int> main)
    {
        int before = -1;
        int after = -1;
        for (int i = 0; i < map.Count; i++)
        {
            var entry = map[i];
            if (entry.Element.LocalName != "h1" || !IsCandidate(map, entry))
            {
                continue;
            }

            if (main.Exists(root => map.Contains(root, i)))
            {
                return -1;
            }

            if (i < main[0])
            {
                before = i;
            }
            else if (after < 0)
            {
                after = i;
            }
        }

        return before >= 0 ? before : after;
    }

    private static bool IsCandidate(DomMap map, DomMap.Entry entry)
    {
        if (entry.OwnText == 0)
        {
            return false;
        }

        // A headline often sits in the page's <header>; only a stronger verdict (hidden, furniture) rules it out.
        for (int at = entry.DroppedBy; at >= 0; at = map[at].Parent >= 0 ? map[map[at].Parent].DroppedBy : -1)
        {
            if (map[at].Drop != DropKind.Layout)
            {
                return false;
            }
        }

        return true;
    }
}
