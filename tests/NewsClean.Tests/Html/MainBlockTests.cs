using System.Text;
using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>Which part of the page is taken as the article.</summary>
public class MainBlockTests
{
    private const string Teaser = "A teaser summary furnitureToken that is long enough, with a comma, to look like a paragraph.";

    [Fact]
    public void The_element_holding_the_paragraphs_wins_over_a_column_of_teasers()
    {
        var teasers = new StringBuilder("<div class=\"column\">");
        for (int i = 0; i < 6; i++)
        {
            teasers.Append(System.Globalization.CultureInfo.InvariantCulture, $"<div class=\"item\"><h3><a href=\"/s{i}\">Headline {i}</a></h3><p>{Teaser}</p></div>");
        }

        string html = HtmlPages.Page(around: teasers.Append("</div>").ToString());

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(HtmlPages.Para1, result.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Para3, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removals, r => r.RuleId == "html.outside-main" && r.Text.Contains("furnitureToken", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_split_by_an_advert_keeps_both_parts()
    {
        const string Later = "Later in the evening, the council also approved a plan to repair the old bridge by the river.";
        string html = $"""
            <html><body>
            <div class="grid"><div class="body-text"><p>{HtmlPages.Para1}</p><p>{HtmlPages.Para2}</p></div><div class="rail"></div></div>
            <div class="ad-row"><span>Advertisement</span></div>
            <div class="grid"><div class="body-text"><p>{HtmlPages.Para3}</p><p>{Later}</p></div></div>
            </body></html>
            """;

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains(HtmlPages.Para1, cleaned, StringComparison.Ordinal);
        Assert.Contains(Later, cleaned, StringComparison.Ordinal);
        Assert.True(cleaned.IndexOf(HtmlPages.Para1, StringComparison.Ordinal) < cleaned.IndexOf(Later, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lede_beside_the_wrapper_of_paragraph_boxes_stays()
    {
        // A blog sets each paragraph in a box of its own; a reader widget wraps all but the lede.
        const string Lede = "Photos released online on Tuesday show the old bridge over the river lit up for the first time in decades.";
        string html = $"""
            <html><body>
            <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div class="post-body"><div>{Lede}</div><span> </span>
            <div class="reader"><div>{HtmlPages.Para1}</div><div><em>The old bridge</em></div><div>{HtmlPages.Para2}</div></div></div>
            <div class="sidebar"><div class="item"><a href="/a">A teaser headline</a></div></div>
            </body></html>
            """;

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains(Lede, cleaned, StringComparison.Ordinal);
        Assert.True(cleaned.IndexOf(Lede, StringComparison.Ordinal) < cleaned.IndexOf(HtmlPages.Para1, StringComparison.Ordinal));
        Assert.Contains(HtmlPages.Para2, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("A teaser headline", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_org_article_body_is_preferred_to_its_prose_siblings()
    {
        const string Other = "An unrelated note furnitureToken about parking rules, written as a long sentence with commas, too.";
        string html = $"""
            <html><body><div class="wrap">
            <div itemprop="articleBody"><p>{HtmlPages.Para1}</p><p>{HtmlPages.Para2}</p><p>{HtmlPages.Para3}</p></div>
            <div class="notes"><p>{Other}</p><p>{Other}</p></div>
            </div></body></html>
            """;

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains(HtmlPages.Para2, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headline_outside_the_main_block_comes_first_and_a_logo_h1_before_it_does_not()
    {
        string html = $"""
            <html><body>
            <div class="top"><h1 class="logo">The Gazette</h1></div>
            <div class="story"><h1>Council passes budget after long debate</h1><span>By A. Reporter</span></div>
            <div class="text"><p>{HtmlPages.Para1}</p><p>{HtmlPages.Para2}</p><p>{HtmlPages.Para3}</p></div>
            </body></html>
            """;

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.StartsWith("Council passes budget after long debate\n\n" + HtmlPages.Para1, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("The Gazette", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_paragraphs_falls_back_to_its_text()
    {
        string html = "<html><body><div>Short note one.</div><div>Short note two.</div></body></html>";

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains("Short note one.", cleaned, StringComparison.Ordinal);
        Assert.Contains("Short note two.", cleaned, StringComparison.Ordinal);
    }
}
