using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class NewsletterPromptRuleTests
{
    private const string RuleId = "prompts.newsletter";

    [Theory]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Get the latest headlines straight to your inbox")]
    [InlineData("Enter your email address")]
    [InlineData("Subscribe to our newsletter for the best of our journalism every morning.")]
    [InlineData("By signing up, you agree to our Privacy Policy and Terms of Use.")]
    [InlineData("Join our newsletter")]
    [InlineData("Get our weekly Business newsletter")]
    [InlineData("Sign up for e-mail newsletters")]
    [InlineData("Subscribe to The River Review on YouTube for more flood coverage:")]
    [InlineData("Every day we send an email with the top stories from the Gazette.")]
    [InlineData("You have been successfully subscribed!")]
    [InlineData("There was a problem subscribing you to the newsletter. Please try again.")]
    [InlineData("An email with an activation link has just been sent to your email address.")]
    [InlineData("Thanks for signing up!")]
    [InlineData("Stay up to date with the Riverside Gazette.")]
    public void Removes_newsletter_prompts_from_an_English_article(string prompt) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, prompt);

    [Theory]
    [InlineData("Berlangganan newsletter kami untuk mendapatkan berita terbaru")]
    public void Removes_newsletter_prompts_from_an_Indonesian_article(string prompt) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, prompt);

    [Theory]
    [InlineData("The council's newsletter, posted to every household in March, had warned residents about the flood risk.")]
    [InlineData("Residents said the council's weekly newsletter had warned them about the risk months ago, but few had read it.")]
    [InlineData("Newsletter Warnings Went Unread")]
    [InlineData("Subscriptions to the flood warning service doubled after the storm, the agency said.")]
    [InlineData("Thousands of residents signed up for text alerts after the barrier closed twice in one night.")]
    [InlineData("Staying up to date with the river levels is hard when the gauges fail, residents said.")]
    public void Keeps_prose_and_subheadings_that_mention_a_newsletter(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
