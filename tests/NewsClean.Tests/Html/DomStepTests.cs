using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>What each DOM step removes, and the article text next to it that it keeps.</summary>
public class DomStepTests
{
    [Theory]
    [InlineData("<script>var furnitureToken = 1;</script>", "furnitureToken")]
    [InlineData("<style>.furnitureToken { color: red }</style>", "furnitureToken")]
    [InlineData("<noscript>Please enable JavaScript to see furnitureToken.</noscript>", "furnitureToken")]
    [InlineData("<iframe>Your browser cannot show furnitureToken frames.</iframe>", "furnitureToken")]
    [InlineData("<button>Load furnitureToken comments</button>", "furnitureToken")]
    [InlineData("<svg><text>furnitureToken chart label</text></svg>", "furnitureToken")]
    public void Code_elements_are_removed_and_the_article_kept(string furniture, string token) =>
        AssertRemoved(furniture, token, "html.code");

    [Fact]
    public void Template_content_is_not_text()
    {
        string html = HtmlPages.Page(inside: "<template><p>A template paragraph with furnitureToken inside it.</p></template>");

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains(HtmlPages.Para2, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<nav><a href=\"/\">Home</a> furnitureToken <a href=\"/s\">Sport</a></nav>")]
    [InlineData("<aside><p>Weather in furnitureToken city: sunny and warm all week long, say forecasters.</p></aside>")]
    [InlineData("<footer><p>Contact the furnitureToken newsroom with tips and corrections at any time.</p></footer>")]
    [InlineData("<form><p>Search the furnitureToken archive for older stories and letters.</p></form>")]
    [InlineData("<div role=\"navigation\"><p>Sections furnitureToken world business science</p></div>")]
    [InlineData("<div role=\"complementary\"><p>More furnitureToken reading for the weekend, picked by the editors.</p></div>")]
    public void Layout_elements_are_removed_and_the_article_kept(string furniture) =>
        AssertRemoved(furniture, "furnitureToken", "html.layout");

    [Theory]
    [InlineData("<div hidden><p>A hidden furnitureToken paragraph that the reader never sees on the page.</p></div>")]
    [InlineData("<div aria-hidden=\"true\"><p>An aria-hidden furnitureToken block for screen readers to skip.</p></div>")]
    [InlineData("<div style=\"color: red; display : none\"><p>A furnitureToken paragraph hidden by its inline style.</p></div>")]
    [InlineData("<div style=\"visibility:hidden\"><p>Another furnitureToken paragraph hidden by its inline style.</p></div>")]
    [InlineData("<span class=\"sr-only\">Screen reader furnitureToken label</span>")]
    public void Hidden_elements_are_removed_and_the_article_kept(string furniture) =>
        AssertRemoved(furniture, "furnitureToken", "html.hidden");

    [Theory]
    [InlineData("class", "share-buttons")]
    [InlineData("class", "socialLinks")]
    [InlineData("class", "related-posts")]
    [InlineData("id", "recommended")]
    [InlineData("class", "newsletter-signup")]
    [InlineData("class", "subscribe-box")]
    [InlineData("id", "cookie-banner")]
    [InlineData("class", "consent")]
    [InlineData("class", "promo")]
    [InlineData("class", "ad-slot")]
    [InlineData("id", "topAd")]
    [InlineData("class", "sponsored-content")]
    [InlineData("id", "comments")]
    [InlineData("class", "breadcrumbs")]
    [InlineData("class", "post-tags")]
    [InlineData("class", "author-box")]
    [InlineData("role", "navigation")]
    [InlineData("aria-label", "Share this article")]
    [InlineData("itemprop", "comment")]
    public void Elements_named_as_furniture_are_removed_and_the_article_kept(string attribute, string value)
    {
        string furniture = $"<div {attribute}=\"{value}\"><p>Some furnitureToken text that is long enough to read as a sentence of prose.</p></div>";
        string ruleId = attribute == "role" ? "html.layout" : "html.boilerplate";

        AssertRemoved(furniture, "furnitureToken", ruleId);
    }

    [Theory]
    [InlineData("article-head")]
    [InlineData("shadow")]
    [InlineData("download-area")]
    [InlineData("lead")]
    [InlineData("badge")]
    [InlineData("thread")]
    [InlineData("tag-politics")]
    [InlineData("commentary")]
    [InlineData("subscriber-content")]
    [InlineData("paywall")]
    public void Names_that_only_contain_a_furniture_word_keep_their_text(string className)
    {
        const string Kept = "The finance director said the reserve fund would cover any shortfall in the first quarter.";
        string html = HtmlPages.Page(inside: $"<div class=\"{className}\"><p>{Kept}</p></div>");

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(Kept, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Removals, r => r.RuleId.StartsWith("html.", StringComparison.Ordinal) && r.Text.Contains("finance director", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_outside_the_article_is_removed_and_one_inside_it_kept()
    {
        const string Standfirst = "A standfirst that sums up the budget story in one long sentence for readers.";
        string html = HtmlPages.Page(
            around: "<header><p>The Gazette masthead furnitureToken with edition and weather links.</p></header>",
            inside: $"<header><p>{Standfirst}</p></header>");

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(Standfirst, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removals, r => r.RuleId == "html.layout" && r.Text.Contains("furnitureToken", StringComparison.Ordinal));
    }

    [Fact]
    public void A_furniture_name_on_the_element_that_holds_the_article_is_overruled()
    {
        // Some templates put "share-enabled" or "comments-open" on the article's own wrapper.
        string html = HtmlPages.Page().Replace("<article>", "<article><div class=\"share-enabled\">", StringComparison.Ordinal)
            .Replace("</article>", "</div></article>", StringComparison.Ordinal);

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(HtmlPages.Para1, result.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Para3, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_headed_as_related_is_removed_whole_even_with_more_prose_than_the_article()
    {
        const string Teaser = "Teaser furnitureToken: the harbour board met again and argued for a long time about the fees.";
        string related = $"<section><h3 class=\"related-title\">You may also like</h3><p>{Teaser}</p><p>{Teaser}</p><p>{Teaser}</p><p>{Teaser}</p></section>";
        string html = HtmlPages.Page(around: related);

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(HtmlPages.Para1, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removals, r => r.RuleId == "html.boilerplate" && r.Reason.StartsWith("its heading", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_figcaption_is_kept_once()
    {
        const string Caption = "The council chamber during Tuesday's vote on the budget.";
        string figure = $"<figure><img src=\"a.jpg\"><figcaption>{Caption}</figcaption></figure>";
        string html = HtmlPages.Page(inside: figure + figure);

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Equal(1, CountOf(result.Text, Caption));
        Assert.Contains(result.Removals, r => r.RuleId == "html.caption-duplicate" && r.Text == Caption);
    }

    [Fact]
    public void A_line_of_links_is_removed_and_prose_with_a_link_kept()
    {
        const string WithLink = "The auditor's report, published on Monday, found the accounts in good order overall.";
        string html = HtmlPages.Page(inside:
            "<p><a href=\"/other\">Another furnitureToken story about the council</a></p>" +
            $"<p>The auditor's report, <a href=\"/report\">published on Monday</a>, found the accounts in good order overall.</p>");

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(WithLink, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removals, r => r.RuleId == "html.link-dense" && r.Text.Contains("furnitureToken", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocks_and_line_breaks_become_paragraphs()
    {
        string html = HtmlPages.Page(inside: "<ul><li>First point of the plan is libraries.</li><li>Second point is roads.</li></ul><p>Line one of a poem<br>line two of a poem</p><h2>What happens next</h2>");

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains("First point of the plan is libraries.\n\nSecond point is roads.", cleaned, StringComparison.Ordinal);
        Assert.Contains("Line one of a poem\n\nline two of a poem", cleaned, StringComparison.Ordinal);
        Assert.Contains("\n\nWhat happens next\n\n", cleaned, StringComparison.Ordinal);
    }

    private static void AssertRemoved(string furniture, string token, string ruleId)
    {
        string html = HtmlPages.Page(inside: furniture);

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(HtmlPages.Para1, result.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Para2, result.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Para3, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removals, r => r.RuleId == ruleId && r.Text.Contains(token, StringComparison.Ordinal));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
