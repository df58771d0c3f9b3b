using NewsClean.Html;
using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>The parser builds only some attributes; these are the ones the extractor and the tree builder need.</summary>
public class ParsedAttributesTests
{
    [Fact]
    public void Every_attribute_the_classifier_reads_is_kept()
    {
        string[] read = [.. ElementClassifier.NamingAttributes, "hidden", "aria-hidden", "style"];

        Assert.All(read, name => Assert.True(ParsedAttributes.IsKept(name), name));
        Assert.False(ParsedAttributes.IsKept("href"));
    }

    [Fact]
    public void Upper_case_attribute_names_still_name_furniture()
    {
        string html = HtmlPages.Page(inside: "<div CLASS=\"share-buttons\"><p>Some furnitureToken text that is long enough to read as a sentence of prose.</p></div>");

        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.Contains(HtmlPages.Para2, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("furnitureToken", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removals, r => r.RuleId == "html.boilerplate" && r.Text.Contains("furnitureToken", StringComparison.Ordinal));
    }

    [Fact]
    public void A_font_with_a_colour_leaves_an_svg_and_its_text_is_kept()
    {
        // The tree builder reads font's color, face and size: with one of them the font ends the svg and is page text.
        const string Escaped = "The treasurer added that the reserve fund would cover any shortfall this winter.";
        string html = HtmlPages.Page(inside: $"<svg><font color=\"red\">{Escaped}</font></svg>");

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains(Escaped, cleaned, StringComparison.Ordinal);
    }
}
