using System.Text;

namespace NewsClean.Html;

/// <summary>
/// Runs the HTML path: extracts the article's lines from the DOM, then cleans them with the same text pipeline as
/// <see cref="CleaningPipeline.Clean(string)"/>, so one rule system serves both inputs.
/// </summary>
internal static class HtmlCleaner
{
    public static string Clean(string html, CleaningPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pipeline);
        var lines = HtmlExtractor.Extract(html, removals: null);
        return pipeline.CleanExtracted(Join(lines));
    }

    public static CleanResult CleanWithTrace(string html, CleaningPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pipeline);
        var removals = new List<Removal>();
        var lines = HtmlExtractor.Extract(html, removals);
        var text = pipeline.CleanExtractedWithTrace(Join(lines));

        // Text-rule removals name lines of the extracted text; report them at the HTML line their block started on.
        foreach (var removal in text.Removals)
        {
            removals.Add(removal with { FirstLine = SourceLineOf(lines, removal.FirstLine), LastLine = SourceLineOf(lines, removal.LastLine) });
        }

        // A stable sort: removals from the same HTML line keep the order they were made in.
        Removal[] ordered = [.. removals.OrderBy(static r => r.FirstLine)];
        return new CleanResult(text.Text, html, text.Language, ordered, text.Guarded, text.Failures);
    }

    /// <summary>One line per block, with a blank line between blocks, as the text pipeline expects paragraphs.</summary>
    private static string Join(List<HtmlLine> lines)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(line.Text);
        }

        return builder.ToString();
    }

    private static int SourceLineOf(List<HtmlLine> lines, int textLine)
    {
        // Line k (0-based) of the joined text is text line 2k + 1.
        int index = (textLine - 1) / 2;
        return index >= 0 && index < lines.Count ? lines[index].SourceLine : 0;
    }
}
