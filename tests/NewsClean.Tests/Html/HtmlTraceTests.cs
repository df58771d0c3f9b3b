using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>The trace of the HTML path names DOM removals and text-rule removals, with the HTML lines they came from.</summary>
public class HtmlTraceTests
{
    private const string Prompt = "Follow us on Twitter for the latest council news.";

    private static readonly string Html = HtmlPages.Page(
        inside: $"""
            <div class="share-bar"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>
            <p>{Prompt}</p>
            """);

    [Fact]
    public void The_trace_names_both_DOM_and_text_removals()
    {
        var result = NewsCleaner.CleanHtmlWithTrace(Html);

        var dom = Assert.Single(result.Removals, r => r.RuleId == "html.boilerplate");
        Assert.Contains("share", dom.Reason, StringComparison.Ordinal);
        Assert.Equal("Facebook Twitter", dom.Text);
        var text = Assert.Single(result.Removals, r => r.RuleId == "social.prompt");
        Assert.Equal(Prompt, text.Text);
        Assert.DoesNotContain(Prompt, result.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Para2, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Removals_carry_the_html_line_they_started_on_in_order()
    {
        var result = NewsCleaner.CleanHtmlWithTrace(Html);

        Assert.Equal(LineOf(Html, "class=\"share-bar\""), result.Removals.Single(r => r.RuleId == "html.boilerplate").FirstLine);
        Assert.Equal(LineOf(Html, Prompt), result.Removals.Single(r => r.RuleId == "social.prompt").FirstLine);
        Assert.Equal(result.Removals.OrderBy(r => r.FirstLine).Select(r => r.FirstLine), result.Removals.Select(r => r.FirstLine));
    }

    [Fact]
    public void The_traced_text_equals_the_plain_result_and_the_source_is_the_html()
    {
        var result = NewsCleaner.CleanHtmlWithTrace(Html);

        Assert.Equal(NewsCleaner.CleanHtml(Html), result.Text);
        Assert.Same(Html, result.Source);
    }

    [Fact]
    public void A_custom_pipeline_runs_on_the_extracted_text()
    {
        var pipeline = NewsCleaner.CreateBuilder().DisableRule("social.prompt").Build();

        var result = NewsCleaner.CleanHtmlWithTrace(Html, pipeline);

        Assert.Contains(Prompt, result.Text, StringComparison.Ordinal);
        Assert.Equal(result.Text, NewsCleaner.CleanHtml(Html, pipeline));
        Assert.Contains(result.Removals, r => r.RuleId == "html.boilerplate");
    }

    [Fact]
    public void A_headline_kept_from_a_removed_header_is_not_reported_as_removed()
    {
        string html = $"""
            <html><body>
            <header><nav>Home</nav><h1>Council passes budget</h1><p>Edition: London</p></header>
            <div class="text"><p>{HtmlPages.Para1}</p><p>{HtmlPages.Para2}</p></div>
            </body></html>
            """;

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.StartsWith("Council passes budget\n\n", result.Text, StringComparison.Ordinal);
        var header = Assert.Single(result.Removals, r => r.Reason.Contains("<header>", StringComparison.Ordinal));
        Assert.Equal("Home Edition: London", header.Text);
    }

    private static int LineOf(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        return text.AsSpan(0, at).Count('\n') + 1;
    }
}
