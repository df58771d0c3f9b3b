using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class ShareBarRuleTests
{
    private const string RuleId = "social.sharebar";

    [Theory]
    [InlineData("Facebook Twitter WhatsApp")]
    [InlineData("Share | Email | Copy link")]
    [InlineData("Facebook · Twitter · LinkedIn · Email")]
    [InlineData("Facebook Twitter Google+ Whatsapp")]
    [InlineData("Odnoklassniki VKontakte Telegram")]
    [InlineData("Pin it Digg StumbleUpon Evernote")]
    [InlineData("» Facebook » Twitter » WhatsApp")]
    public void Removes_share_bars_on_one_line(string bar) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, bar);

    [Theory]
    [InlineData("Bagikan Facebook Twitter WhatsApp Salin tautan")]
    [InlineData("Facebook | X | WhatsApp | Salin link")]
    public void Removes_an_Indonesian_share_bar(string bar) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, bar);

    [Fact]
    public void Removes_a_share_bar_with_one_button_a_line()
    {
        string[] buttons = ["Facebook", "Twitter", "WhatsApp", "Email"];
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, buttons);
    }

    [Theory]
    [InlineData("The agency posted updates on Facebook and Twitter throughout the night.")]
    [InlineData("Facebook, Twitter and TikTok Face New Rules on Flood Misinformation")]
    [InlineData("Life After Twitter")]
    [InlineData("Google+ shut down in 2019 after a data leak exposed half a million accounts.")]
    [InlineData("SMS alerts")]
    public void Keeps_content_that_names_networks(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
