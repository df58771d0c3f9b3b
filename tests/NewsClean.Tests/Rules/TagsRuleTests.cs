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
    [InlineData("BLOG > Nutrition > Meal Plans")] // a breadcrumb trail without a label
    [InlineData("Home › News › World › Europe")]
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

    [Theory]
    [InlineData("Cost > benefit")]
    [InlineData("The rule of thumb was simple: tide > 5 metres > close the gates at once, the engineers said.")]
    [InlineData("Flood Risk > Barrier Closures in the Twentieth Century and Beyond > Planning")]
    public void Keeps_lines_with_an_arrow_that_are_no_trail(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    [Fact]
    public void Removes_a_breadcrumb_trail_in_any_language()
    {
        string trail = "Mensagens » Mensagens de Autoestima » Só quem se Ama…";
        var result = RuleHarness.CleanAfterArticle(RuleId, "pt", trail);
        Assert.Equal([trail], RuleHarness.RemovedLines(result, RuleId));
        Assert.Equal("breadcrumb trail", Assert.Single(result.Removals).Reason);
    }

    [Theory]
    [InlineData("Home & Garden › Kitchen")]
    [InlineData("Hot » Celebrity")]
    public void Removes_a_two_step_trail_with_a_guillemet(string line) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, line);

    [Theory]
    [InlineData("Revenue > costs")] // two steps with '>' compare
    [InlineData("Weiter »")] // one step: a button
    [InlineData("The Best Electric Kettles of 2026, Tested and Reviewed")] // the headline under the trail
    public void Keeps_two_names_compared_with_an_arrow_and_single_buttons(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
