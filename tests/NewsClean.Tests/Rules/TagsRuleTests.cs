using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class TagsRuleTests
{
    private const string RuleId = "site.tags";

    [Theory]
    [InlineData("Tags: Minnesota Wild")]
    [InlineData("Tags: ads, advertisement, awareness, meth, methamphetamine, nation, news, south dakota")]
    [InlineData("Filed Under:Eastern Equine Encephalitis, EEE, health, Michigan, mosquito-borne virus")]
    [InlineData("Tagged with: flooding, Thames, London")]
    [InlineData("Tags")]
    [InlineData("you are here: HomeNewsBusinessMarkets")] // a breadcrumb: where the post is filed
    [InlineData("You are here: Home > News > Business")]
    public void Removes_tag_lines_from_an_English_article(string line) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, line);

    [Theory]
    [InlineData("Tag: banjir, Bekasi, BPBD")]
    [InlineData("Label: Berita, Jawa Barat")]
    [InlineData("Anda berada di: Beranda > Berita > Jawa Barat")]
    public void Removes_tag_lines_from_an_Indonesian_article(string line) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, line);

    [Theory]
    [InlineData("Tags fitted to the seals showed they had swum upriver as far as Richmond during the surge.")]
    [InlineData("Tagged birds were seen on the marshes at Rainham the next morning")]
    [InlineData("Filed under the emergency plan, the closure needed no vote by the council.")]
    [InlineData("You are here because the council failed, the protesters told the mayor on the steps of the town hall.")]
    public void Keeps_prose_that_starts_with_the_word(string prose) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, prose);
}
