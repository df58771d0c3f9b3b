namespace NewsClean;

/// <summary>
/// The entry point: cleans scraped news with the default pipeline or one of the caller's.
/// </summary>
/// <example>
/// <code>
/// string article = NewsCleaner.Clean(scrapedText);
/// CleanResult result = NewsCleaner.CleanWithTrace(scrapedText);
/// foreach (var removal in result.Removals) Console.WriteLine($"{removal.RuleId}: {removal.Text}");
/// </code>
/// </example>
public static class NewsCleaner
{
    private static readonly Lazy<CleaningPipeline> DefaultPipeline = new(() => CreateBuilder().Build());

    /// <summary>The default pipeline: every built-in rule and every bundled language pack. Built once, on first use.</summary>
    public static CleaningPipeline Default => DefaultPipeline.Value;

    /// <summary>A builder holding the built-in rules, ready to be customised.</summary>
    public static CleaningPipelineBuilder CreateBuilder() => new CleaningPipelineBuilder().UseDefaultRules();

    /// <summary>Returns the article in <paramref name="text"/>: headline and body paragraphs, separated by blank lines.</summary>
    /// <param name="text">Scraped text, such as a page's innerText.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public static string Clean(string text) => Default.Clean(text);

    /// <summary>Returns the article in <paramref name="text"/>, cleaned by <paramref name="pipeline"/>.</summary>
    /// <param name="text">Scraped text, such as a page's innerText.</param>
    /// <param name="pipeline">The pipeline to use.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static string Clean(string text, CleaningPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.Clean(text);
    }

    /// <summary>Cleans <paramref name="text"/> and reports every removal: rule id, reason, removed text and input lines.</summary>
    /// <param name="text">Scraped text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    public static CleanResult CleanWithTrace(string text) => Default.CleanWithTrace(text);

    /// <summary>Cleans <paramref name="text"/> with <paramref name="pipeline"/> and reports every removal.</summary>
    /// <param name="text">Scraped text.</param>
    /// <param name="pipeline">The pipeline to use.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static CleanResult CleanWithTrace(string text, CleaningPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.CleanWithTrace(text);
    }

    /// <summary>
    /// Returns the article in the web page <paramref name="html"/>: its headline and body paragraphs, separated by blank
    /// lines. The page's markup removes navigation, furniture and everything outside the main content block; the text
    /// rules of <see cref="Default"/> then clean the rest, as <see cref="Clean(string)"/> does.
    /// </summary>
    /// <param name="html">The page's HTML, decoded to text. Malformed markup is normal input.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="html"/> is null.</exception>
    public static string CleanHtml(string html) => Html.HtmlCleaner.Clean(html, Default);

    /// <summary>Returns the article in the web page <paramref name="html"/>, its text cleaned by <paramref name="pipeline"/>.</summary>
    /// <param name="html">The page's HTML, decoded to text.</param>
    /// <param name="pipeline">The pipeline whose text rules run on the extracted article.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static string CleanHtml(string html, CleaningPipeline pipeline) => Html.HtmlCleaner.Clean(html, pipeline);

    /// <summary>
    /// Cleans the web page <paramref name="html"/> and reports every removal: DOM removals (rule ids in
    /// <see cref="Html.HtmlRuleIds"/>) and text-rule removals, each with the HTML line it came from.
    /// </summary>
    /// <param name="html">The page's HTML, decoded to text.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="html"/> is null.</exception>
    public static CleanResult CleanHtmlWithTrace(string html) => Html.HtmlCleaner.CleanWithTrace(html, Default);

    /// <summary>Cleans the web page <paramref name="html"/> with <paramref name="pipeline"/> and reports every DOM and text removal.</summary>
    /// <param name="html">The page's HTML, decoded to text.</param>
    /// <param name="pipeline">The pipeline whose text rules run on the extracted article.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static CleanResult CleanHtmlWithTrace(string html, CleaningPipeline pipeline) => Html.HtmlCleaner.CleanWithTrace(html, pipeline);
}
