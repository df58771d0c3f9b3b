using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class UrlLineRuleTests
{
    private const string RuleId = "ads.url";

    [Theory]
    [InlineData("osc.medcom.id")]
    [InlineData("https://t.co/AbC123xyz")]
    [InlineData("www.floodinfo.gov.uk/warnings")]
    [InlineData("Info: https://www.bmkg.go.id/cuaca/prakiraan-cuaca.bmkg")]
    public void Removes_lines_that_are_mostly_a_link(string line) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, line);

    [Theory]
    [InlineData("More information is available on the agency's website, floodinfo.gov.uk, which was updated every hour overnight.")]
    [InlineData("AT&T and Verizon said mobile networks in the area were working normally.")]
    [InlineData("The U.S. embassy in London said no American citizens had been affected.")]
    [InlineData("e.g. sandbags")]
    public void Keeps_prose_that_mentions_a_site_or_has_dotted_abbreviations(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
