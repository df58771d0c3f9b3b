using NewsClean.Cli;
using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>The command-line tool's --html mode.</summary>
public class CliHtmlTests
{
    private static readonly string Page = HtmlPages.Page(inside: "<div class=\"share-bar\">Share furnitureToken</div>");

    [Fact]
    public void Html_mode_extracts_the_article_from_standard_input()
    {
        var stdout = new StringWriter();

        int exit = CliApp.Run(["--html"], new StringReader(Page), stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains(HtmlPages.Para1, stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", stdout.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_mode_explains_dom_removals()
    {
        var stdout = new StringWriter();

        CliApp.Run(["--html", "--explain"], new StringReader(Page), stdout, new StringWriter());

        Assert.Contains("html.boilerplate", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_html_mode_the_markup_is_treated_as_text()
    {
        var stdout = new StringWriter();

        CliApp.Run([], new StringReader(Page), stdout, new StringWriter());

        Assert.DoesNotContain("html.boilerplate", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Para1, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_text_lists_html_mode()
    {
        var stdout = new StringWriter();

        CliApp.Run(["--help"], new StringReader(string.Empty), stdout, new StringWriter());

        Assert.Contains("--html", stdout.ToString(), StringComparison.Ordinal);
    }
}
