using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class NavigationRuleTests
{
    private const string RuleId = "site.navigation";

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Next post")]
    [InlineData("Load more")]
    [InlineData("Toggle navigation")]
    [InlineData("SKIP TO SITE INDEX")]
    [InlineData("Continue reading the main story")]
    [InlineData("This slideshow requires JavaScript.")]
    [InlineData("An error has occurred, which probably means the feed is down. Try again later.")]
    public void Removes_navigation_labels_that_stand_alone(string label) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, label);

    [Theory]
    [InlineData("Home owners along the river were told to move their valuables upstairs before the tide.")]
    [InlineData("Search teams found the missing kayaker near Woolwich shortly before dawn")]
    [InlineData("Home Truths About the Barrier")]
    [InlineData("Next Steps for the Estuary")]
    [InlineData("Continue reading the main story of the night: how the barrier held")]
    [InlineData("Technology")]
    [InlineData("Politics")]
    [InlineData("Videos")]
    public void Keeps_prose_subheadings_and_section_names(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
    [Theory]
    [InlineData("Sebuah galat telah terjadi; umpan tersebut kemungkinan sedang anjlok. Coba lagi nanti.")]
    public void Removes_a_feed_widgets_error_from_an_Indonesian_article(string label) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, label);

    [Theory]
    [InlineData("de", "Zur Startseite")]
    public void Removes_navigation_labels_from_other_languages(string language, string label)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, label);

        Assert.Equal([label], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("Sign the Guest Book")]
    [InlineData("Send Flowers")]
    [InlineData("Share a Memory")]
    public void Removes_an_obituary_pages_buttons(string label) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, label);

    [Theory]
    [InlineData("In lieu of flowers, the family asks that donations be made to the Millbrook Public Library.")]
    [InlineData("Guests are asked to sign the guest book at the door.")]
    public void Keeps_an_obituarys_requests_about_flowers_and_the_guest_book(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
