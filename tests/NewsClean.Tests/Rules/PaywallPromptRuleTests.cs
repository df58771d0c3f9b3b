using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class PaywallPromptRuleTests
{
    private const string RuleId = "prompts.paywall";

    [Theory]
    [InlineData("Subscribe to continue reading")]
    [InlineData("You have reached your limit of free articles this month.")]
    [InlineData("Already a subscriber? Log in")]
    [InlineData("Log in to continue")]
    [InlineData("This article is for subscribers only")]
    [InlineData("Do you rely on our reporting? Click here to support it.")]
    [InlineData("Become a supporter")]
    public void Removes_paywall_prompts_from_an_English_article(string prompt) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, prompt);

    [Theory]
    [InlineData("Masuk untuk melanjutkan")]
    [InlineData("Artikel ini khusus pelanggan")]
    public void Removes_paywall_prompts_from_an_Indonesian_article(string prompt) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, prompt);

    [Theory]
    [InlineData("Subscribers to the flood warning service received a text message at 9pm, the agency said.")]
    [InlineData("Residents had to register their homes with the council before they could claim compensation.")]
    [InlineData("Premium Rates for Flood Insurance")]
    [InlineData("Volunteers who support the flood appeal can donate at any branch of the library until Friday.")]
    public void Keeps_prose_and_subheadings_that_mention_subscribing(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
