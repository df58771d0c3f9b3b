using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class CookiePromptRuleTests
{
    private const string RuleId = "prompts.cookie";

    [Theory]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("This website uses cookies. By continuing to browse, you consent to the use of cookies.")]
    [InlineData("Accept all")]
    [InlineData("Manage cookies")]
    [InlineData("Do not sell my personal information")]
    public void Removes_cookie_banners_from_an_English_article(string banner) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, banner);

    [Theory]
    [InlineData("Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.")]
    public void Removes_cookie_banners_from_an_Indonesian_article(string banner) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, banner);

    [Theory]
    [InlineData("A bakery in Woolwich handed out cookies and hot tea to the volunteers who worked through the night.")]
    [InlineData("Cookies, Tea and Sandbags")]
    [InlineData("\"I agree with every word of the report,\" the mayor said")]
    public void Keeps_prose_and_subheadings_that_mention_cookies_or_agreement(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
