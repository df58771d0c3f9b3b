using System.Text;
using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>
/// Inputs that make an HTML5 tree builder slow or deep. Each must finish (the generous timeout only catches a
/// pathological regression: speed itself is measured with BenchmarkDotNet) and still return the article.
/// </summary>
public class HostileHtmlTests
{
    private const int FourMillion = 4_000_000;
    private const string Marker = "The harbour authority confirmed that the old pier will reopen to the public next spring.";

    public static TheoryData<string> Generators => new()
    {
        "nested-divs", "unclosed-formatting", "nested-spans", "unclosed-paragraphs", "many-attributes", "huge-attribute",
        "nested-tables", "nested-lists", "unclosed-comment", "unclosed-quote", "many-brs", "text-only", "tag-soup",
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Generators))]
    public async Task Four_million_characters_of_hostile_markup_clean_and_keep_the_article(string kind)
    {
        string html = Generate(kind);
        Assert.InRange(html.Length, FourMillion - 1000, FourMillion + 1000);

        string cleaned = await Task.Run(() => NewsCleaner.CleanHtml(html));

        if (kind is not ("unclosed-comment" or "unclosed-quote"))
        {
            Assert.Contains(Marker, cleaned, StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Four_hundred_thousand_nested_divs_do_not_overflow_the_stack()
    {
        var html = new StringBuilder();
        html.Append("<html><body>");
        html.Insert(html.Length, "<div>", 400_000);
        html.Append("<p>").Append(Marker).Append("</p>");
        html.Insert(html.Length, "</div>", 400_000);

        var result = await Task.Run(() => NewsCleaner.CleanHtmlWithTrace(html.ToString()));

        Assert.Contains(Marker, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_wrong_charset_declaration_is_ignored_for_text_input()
    {
        string html = HtmlPages.Page().Replace("<head>", "<head><meta charset=\"shift_jis\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=bogus\">", StringComparison.Ordinal);

        string cleaned = NewsCleaner.CleanHtml(html);

        Assert.Contains(HtmlPages.Para1, cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<")]
    [InlineData("</")]
    [InlineData("<!--")]
    [InlineData("<![CDATA[")]
    [InlineData("<html")]
    [InlineData("<p class=\"")]
    [InlineData("<script>")]
    [InlineData("</div></div></p></body>")]
    [InlineData("<table><td><tr><th>x</table></td>")]
    [InlineData("\0\uFFFF\uD800<p>\uDC00</p>")]
    public void Fragments_and_malformed_markup_do_not_throw(string html)
    {
        var result = NewsCleaner.CleanHtmlWithTrace(html);

        Assert.NotNull(result.Text);
        Assert.Equal(result.Text, NewsCleaner.CleanHtml(html));
    }

    [Fact]
    public void Plain_text_without_tags_is_returned_as_text()
    {
        string cleaned = NewsCleaner.CleanHtml(Marker);

        Assert.Equal(Marker, cleaned);
    }

    private static string Generate(string kind)
    {
        string article = $"<p>{Marker}</p>";
        var html = new StringBuilder(FourMillion + 1000);
        html.Append("<html><body>");
        string unit = kind switch
        {
            "nested-divs" => "<div>",
            "unclosed-formatting" => "<b><i><a href=x>",
            "nested-spans" => "<span class=s>w ",
            "unclosed-paragraphs" => "<p>word ",
            "many-attributes" => " a=1",
            "huge-attribute" => "xxxxxxxxxx",
            "nested-tables" => "<table><tr><td>",
            "nested-lists" => "<ul><li>",
            "unclosed-comment" => "-- x",
            "unclosed-quote" => "yyyy",
            "many-brs" => "<br>",
            "text-only" => "word ",
            "tag-soup" => "<b><p><i></b><div><a><table><font>",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        // Where the article goes: before the pathology, inside a tag, or after it. After unclosed links the article
        // would be link text (a browser shows it so), so there it goes first.
        (string prefix, string suffix) = kind switch
        {
            "unclosed-formatting" or "tag-soup" => (article, string.Empty),
            "many-attributes" => (article + "<div", "></div>"),
            "huge-attribute" => (article + "<div data-x=\"", "\"></div>"),
            "unclosed-comment" => (article + "<!--", string.Empty),
            "unclosed-quote" => (article + "<div class=\"", string.Empty),
            _ => (string.Empty, article),
        };

        html.Append(prefix);
        int room = FourMillion - html.Length - suffix.Length;
        html.Insert(html.Length, unit, room / unit.Length);
        html.Append(suffix);
        html.Append('x', FourMillion - html.Length);
        return html.ToString();
    }
}
