using System.Text;
using NewsClean.Html;
using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>The pre-pass that bounds the tree builder's work, and the text it must keep.</summary>
public class MarkupLimiterTests
{
    [Fact]
    public void An_ordinary_page_is_returned_unchanged()
    {
        string html = HtmlPages.Page(inside: "<div><b><i>bold italic</i></b> <a href=\"/x\">link</a><br><img src=\"a.png\"></div>");

        Assert.Same(html, MarkupLimiter.Limit(html));
    }

    [Fact]
    public void Containers_beyond_the_depth_limit_lose_their_tags_but_not_their_text()
    {
        const int Depth = MarkupLimiter.MaxContainerDepth + 100;
        var html = new StringBuilder();
        for (int i = 0; i < Depth; i++)
        {
            html.Append("<div>").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        }

        html.Insert(html.Length, "</div>", Depth);

        string limited = MarkupLimiter.Limit(html.ToString());

        Assert.Equal(MarkupLimiter.MaxContainerDepth, CountOf(limited, "<div>"));
        Assert.Equal(MarkupLimiter.MaxContainerDepth, CountOf(limited, "</div>"));
        Assert.Contains($"{Depth - 1} ", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_formatting_tags_beyond_the_limit_are_removed()
    {
        var html = new StringBuilder();
        html.Insert(0, "<b><i>x", 1000);

        string limited = MarkupLimiter.Limit(html.ToString());

        Assert.Equal(MarkupLimiter.MaxOpenFormatting, CountOf(limited, "<b>") + CountOf(limited, "<i>"));
        Assert.Equal(1000, CountOf(limited, "x"));
    }

    [Fact]
    public void Repeated_unclosed_links_do_not_count_as_nesting()
    {
        var html = new StringBuilder();
        html.Insert(0, "<a href=\"/x\">story ", 1000);
        string input = html.ToString();

        Assert.Same(input, MarkupLimiter.Limit(input));
    }

    [Fact]
    public void Tags_inside_scripts_comments_and_quoted_attributes_are_not_counted()
    {
        var html = new StringBuilder("<body>");
        html.Append("<script>var s = '").Insert(html.Length, "<div>", 1000).Append("';</script>");
        html.Append("<!--").Insert(html.Length, "<div>", 1000).Append("-->");
        html.Append("<p title=\"").Insert(html.Length, "<div>", 1000).Append("\">text</p>");

        string input = html.ToString();

        Assert.Same(input, MarkupLimiter.Limit(input));
    }

    [Fact]
    public void Tags_past_the_budget_are_removed_and_their_text_kept_but_not_their_scripts()
    {
        var html = new StringBuilder();
        html.Insert(0, "<br>", MarkupLimiter.MaxMarkupItems);
        html.Append("<p>after the budget</p><script>var hidden = 1;</script><span>end</span>");

        string limited = MarkupLimiter.Limit(html.ToString());

        Assert.EndsWith("after the budgetend", limited, StringComparison.Ordinal);
        Assert.Equal(MarkupLimiter.MaxMarkupItems, CountOf(limited, "<br>"));
    }

    [Fact]
    public void A_start_tag_longer_than_the_limit_keeps_only_its_name()
    {
        string html = "<div data-x=\"" + new string('x', MarkupLimiter.MaxTagLength) + "\">inside</div>";

        Assert.Equal("<div>inside</div>", MarkupLimiter.Limit(html));
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
