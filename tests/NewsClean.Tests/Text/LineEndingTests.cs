using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Text;

public class LineEndingTests
{
    [Theory]
    [InlineData("Banjir Bekasi\nWarga mengungsi.")]
    [InlineData("Banjir Bekasi\r\nWarga mengungsi.")]
    [InlineData("Banjir Bekasi\rWarga mengungsi.")]
    [InlineData("Banjir Bekasi\u2028Warga mengungsi.")]
    [InlineData("Banjir Bekasi\u2029Warga mengungsi.")]
    [InlineData("Banjir Bekasi\u0085Warga mengungsi.")]
    [InlineData("Banjir Bekasi\r\n\r\n\r\nWarga mengungsi.")]
    [InlineData("Banjir Bekasi\n\r\n\rWarga mengungsi.")]
    public void Every_line_break_style_splits_lines_into_paragraphs(string text) =>
        Assert.Equal("Banjir Bekasi\n\nWarga mengungsi.", Normalise.Clean(text));

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public void Line_numbers_in_the_trace_count_each_break_once(string newline)
    {
        string text = string.Join(newline, ArticleText.EnglishHeadline, ArticleText.EnglishProse1, "", "ADVERTISEMENT", ArticleText.EnglishProse2);
        var result = RuleHarness.Only("ads.line").CleanWithTrace(text);

        var removal = Assert.Single(result.Removals);
        Assert.Equal((4, 4, "ADVERTISEMENT"), (removal.FirstLine, removal.LastLine, removal.Text));
    }

    [Fact]
    public void A_CRLF_split_across_the_end_of_input_is_still_one_break()
    {
        Assert.Equal("Headline", Normalise.Clean("Headline\r\n"));
        Assert.Equal("Headline", Normalise.Clean("Headline\r"));
    }
}
