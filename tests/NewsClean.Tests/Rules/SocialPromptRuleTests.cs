using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class SocialPromptRuleTests
{
    private const string RuleId = "social.prompt";

    [Theory]
    [InlineData("Follow us on Twitter")]
    [InlineData("Follow us on Instagram @floodwatch")]
    [InlineData("FOLLOW US")]
    [InlineData("Like us on Facebook")]
    [InlineData("Like this:")]
    [InlineData("Like Loading...")]
    [InlineData("Share this on WhatsApp")]
    [InlineData("Follow her on Twitter @priyashah")]
    [InlineData("Like this story? Share it with a friend!")]
    [InlineData("Have a tip? Jane Doe may be reached at jdoe@example.com.")]
    [InlineData("Reach the reporters on Twitter at @janedoe and @johnroe")]
    [InlineData("Sharing is caring!")]
    [InlineData("Share")]
    public void Removes_follow_prompts_from_an_English_article(string prompt) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, prompt);

    [Theory]
    [InlineData("Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan")]
    [InlineData("Ikuti berita terkini dan menarik lainnya di Google News")]
    [InlineData("Bagikan ini:")]
    [InlineData("Sukai ini:")]
    [InlineData("Suka Memuat...")]
    public void Removes_follow_prompts_from_an_Indonesian_article(string prompt) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, prompt);

    [Fact]
    public void Removes_a_Google_News_prompt_split_over_two_lines()
    {
        string text = RuleHarness.Document([.. ArticleText.Indonesian[..3], "Cek Berita dan Artikel yang lain di", .. ArticleText.Indonesian[3..]])
            .Replace("Cek Berita dan Artikel yang lain di\n\n", "Cek Berita dan Artikel yang lain di\nGoogle News\n\n", StringComparison.Ordinal);
        var result = RuleHarness.AssertRule(RuleId, text, removed: ["Cek Berita dan Artikel yang lain di", "Google News"], kept: ArticleText.Indonesian);
        var removal = Assert.Single(result.Removals);
        Assert.Equal(removal.FirstLine + 1, removal.LastLine);
    }

    [Theory]
    [InlineData("Police asked drivers to follow the diversion signs and to avoid the riverside roads until the water drains away.")]
    [InlineData("Residents who follow the river levels online said the warnings came far too late for them")]
    [InlineData("Follow-up inspections of the barrier are planned for next week.")]
    [InlineData("The new gates will look like this:")]
    [InlineData("Fans who follow her on Instagram saw the flooded café before the news did.")]
    [InlineData("Have a tipple before the match, the landlord told the fans, and then walk to the ground.")]
    public void Keeps_prose_that_uses_the_word_follow(string prose) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, prose);

    [Theory]
    [InlineData("Warga yang suka memuat foto banjir di media sosial diminta berhati-hati.")]
    [InlineData("Bagikan ini kepada keluarga Anda")]
    public void Keeps_Indonesian_lines_that_only_start_like_a_share_prompt(string line) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.Indonesian, line);

    // Twitter is X now, and share buttons say so.
    [Theory]
    [InlineData("en", "Share on X")]
    [InlineData("es", "Compartir en X")]
    [InlineData("it", "Condividi su X")]
    [InlineData("nl", "Delen op X")]
    [InlineData("pl", "Udostępnij na X")]
    [InlineData("pt", "Compartilhar no X")]
    [InlineData("tr", "X'te paylaş")]
    public void Removes_share_buttons_for_X(string language, string button)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, button);

        Assert.Equal([button], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("View this post on Instagram")]
    [InlineData("A post shared by Putri Ardiani (@putriardiani)")]
    [InlineData("Sebuah kiriman dibagikan oleh Putri Ardiani (@putri.ardiani)")]
    [InlineData("Lihat postingan ini di Instagram")]
    public void Removes_an_embedded_posts_chrome(string chrome) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, chrome);

    [Theory]
    [InlineData("— Susy Susanti (@susysusanti) February 8, 2026")] // a tweet's attribution: who wrote the quoted text
    [InlineData("Terima kasih bulu tangkis. Dua puluh tahun saya hidup di lapangan, dan hari ini saya memutuskan untuk berhenti.")] // the post's text
    [InlineData("Dia menulis di akun Instagram miliknya (@putriardiani)")] // the handle follows a lowercase word, not an account's name
    [InlineData("Reach the desk at (@news desk)")] // no handle: a space inside
    public void Keeps_the_embedded_posts_text_and_its_attribution(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.Indonesian, content);
}
