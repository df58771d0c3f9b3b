using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsClean.Html;

/// <summary>
/// Extracts the article's lines from HTML: bounds the markup (<see cref="MarkupLimiter"/>), parses it with AngleSharp,
/// drops what the markup marks as non-content, chooses the main block and writes the headline and the block as lines.
/// </summary>
internal static class HtmlExtractor
{
    // HtmlParser keeps per-parse state; one per thread keeps CleanHtml thread-safe without a parser per call.
    [ThreadStatic]
    private static HtmlParser? plainParser;

    [ThreadStatic]
    private static HtmlParser? tracingParser;

    /// <summary>Returns the lines; when <paramref name="removals"/> is not null, adds every DOM removal to it.</summary>
    public static List<HtmlLine> Extract(string html, List<Removal>? removals)
    {
        string bounded = MarkupLimiter.Limit(html);
        var parser = removals is null
            ? plainParser ??= CreateParser(keepSourceReferences: false)
            : tracingParser ??= CreateParser(keepSourceReferences: true);
        using var document = parser.ParseDocument(bounded);
        var lines = new List<HtmlLine>();
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return lines;
        }

        var map = DomMap.Build(root);
        var main = MainBlockFinder.Find(map);
        int headline = HeadlineFinder.Find(map, main);
        var writer = new LineWriter(map, removals, headline >= 0 ? map[headline].Element : null);
        if (headline >= 0)
        {
            writer.Write(headline, lines);
        }

        foreach (int block in main)
        {
            writer.Write(block, lines);
        }

        if (removals is not null && main is not [0])
        {
            ReportOutsideMain(map, main, headline, removals);
        }

        return lines;
    }

    /// <summary>
    /// A parser that builds only the attributes the extractor or the tree builder reads (<see cref="ParsedAttributes"/>),
    /// in a context without attribute observers: they parse URLs and link relations that nothing here looks at.
    /// </summary>
    private static HtmlParser CreateParser(bool keepSourceReferences) => new(
        new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = keepSourceReferences,
            ShouldEmitAttribute = ParsedAttributes.Keep,
        },
        BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()));

    private static void ReportOutsideMain(DomMap map, List<int> main, int headline, List<Removal> removals)
    {
        var outside = new List<HtmlLine>();
        var writer = new LineWriter(map, removals, headline >= 0 ? map[headline].Element : null);
        writer.Write(0, outside, [.. main, headline]);
        if (outside.Count == 0)
        {
            return;
        }

        string text = string.Join('\n', outside.Select(l => l.Text));
        removals.Add(new Removal(HtmlRuleIds.OutsideMain, "outside the main content block", text, outside[0].SourceLine, outside[^1].SourceLine));
    }
}
