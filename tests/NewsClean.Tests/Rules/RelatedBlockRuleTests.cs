using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class RelatedBlockRuleTests
{
    private const string RuleId = "related.block";

    [Fact]
    public void Removes_a_related_heading_and_the_headlines_after_it_at_the_end_of_an_article()
    {
        string[] block = ["BERITA LAINNYA", "Korsel Panggil Dubes Rusia", "Harga Beras Naik Jelang Akhir Tahun", "Timnas Indonesia Tahan Imbang Arab Saudi"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.Indonesian, .. block]), removed: block, kept: ArticleText.Indonesian);
    }

    [Theory]
    [InlineData("Other news in this section")]
    [InlineData("Partner news")]
    [InlineData("Most popular in the section")]
    [InlineData("Explore further")]
    public void Removes_English_recirculation_headings_and_their_headlines(string heading)
    {
        string[] block = [heading, "Storm Ciaran batters southern England", "Council tax to rise by five percent"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. block]), removed: block, kept: ArticleText.English);
    }

    [Fact]
    public void Removes_bare_related_headings()
    {
        string[] headings = ["TERKAIT", "BERITA LAINNYA"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.Indonesian, .. headings]), removed: headings, kept: ArticleText.Indonesian);
    }

    [Fact]
    public void Keeps_the_headline_just_above_the_next_article()
    {
        // A teaser list followed by prose: the last headline-like line belongs to the article that follows.
        string[] related = ["More stories", "Storm Ciaran batters southern England", "Why the barrier closes more often"];
        string text = RuleHarness.Document([.. related, .. ArticleText.English]);
        RuleHarness.AssertRule(RuleId, text, removed: related, kept: ArticleText.English);
    }

    [Fact]
    public void Stops_the_block_at_prose()
    {
        string[] related = ["Related articles", "Storm Ciaran batters southern England"];
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. related, ArticleText.EnglishHeadline + " Again", ArticleText.EnglishProse2, ArticleText.EnglishProse3]);
        RuleHarness.AssertRule(RuleId, text, removed: related,
            kept: [ArticleText.EnglishHeadline, ArticleText.EnglishProse1, ArticleText.EnglishHeadline + " Again", ArticleText.EnglishProse2, ArticleText.EnglishProse3]);
    }

    [Theory]
    [InlineData("Relatives of the Missing")]
    [InlineData("Other newspapers reported that the barrier had closed twice before midnight.")]
    [InlineData("Related articles in the council's archive show the barrier was first proposed in 1953.")]
    [InlineData("Berita Lainnya dari Bekasi Hari Ini Masih Seputar Banjir")]
    public void Keeps_lines_that_only_start_like_a_heading(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
