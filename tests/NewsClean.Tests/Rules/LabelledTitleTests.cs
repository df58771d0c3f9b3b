using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

/// <summary>
/// "Video: …" and "動画：…" open a video's headline as often as "Photo: …" opens a credit. The headline is kept; a credit
/// beside it is still removed. And a Japanese dateline with its place ("2024年1月12日 9:30 発信地：札幌") is a dateline,
/// though each of its characters counts as a word.
/// </summary>
public class LabelledTitleTests
{
    private static readonly string[] Japanese =
    [
        "札幌市は12日、記録的な大雪を受けて市内の除雪作業を前倒しで始めると発表した。幹線道路を優先し、生活道路は来週以降になる見通しだ。",
        "市によると、11日夜から12日朝にかけて市中心部で48センチの降雪を観測した。1日の降雪量としては過去10年で最も多い。",
        "JR北海道は札幌を発着する特急列車の一部を運休し、新千歳空港では欠航が相次いだ。帰省から戻る利用客らが足止めされた。",
        "市の担当者は「不要不急の外出は控え、車で出かける場合は時間に余裕を持ってほしい」と呼びかけている。",
    ];

    [Theory]
    [InlineData("Video: Lifeboat crew pulls two kayakers from the estuary at dusk")]
    [InlineData("Photos: Inside the flood barrier's control room on the night of the surge")]
    public void Keeps_an_English_video_headline_and_removes_the_credit_under_it(string headline)
    {
        const string credit = "Photo: Jane Doe/Reuters";
        var text = RuleHarness.Document([headline, credit, .. ArticleText.English]);

        RuleHarness.AssertRule("captions.credit", text, removed: [credit], kept: [headline, .. ArticleText.English]);
    }

    [Fact]
    public void Keeps_a_Japanese_video_headline_and_removes_the_credit_under_it()
    {
        const string headline = "動画：札幌で記録的な大雪、特急運休や欠航相次ぐ 帰省客ら足止め";
        const string credit = "写真：共同通信社";
        var text = RuleHarness.Document([headline, credit, .. Japanese]);

        RuleHarness.AssertRule("captions.credit", text, removed: [credit], kept: [headline, .. Japanese]);
    }

    [Theory]
    [InlineData("Photo: Jeenah Moon/Bloomberg via Getty Images")]
    [InlineData("Photo: Courtesy of the National Oceanic and Atmospheric Administration")]
    [InlineData("Image: Jane Doe, left, and John Roe, the barrier's engineers, inspect the gates after the surge")]
    public void Still_removes_credits_and_captions_after_a_label(string line) =>
        RuleHarness.AssertRemovedAmid("captions.credit", ArticleText.English, line);

    [Theory]
    [InlineData("写真：ロイター/アフロ")]
    [InlineData("写真提供：札幌市教育委員会")]
    public void Still_removes_Japanese_credits_after_a_label(string line) =>
        RuleHarness.AssertRemovedAmid("captions.credit", Japanese, line);

    [Fact]
    public void Removes_a_Japanese_dateline_with_its_place_and_the_share_prompt_under_the_headline()
    {
        const string headline = "札幌で記録的な大雪、特急運休や欠航相次ぐ";
        const string dateline = "2024年1月12日 9:30 発信地：札幌/日本 [ 日本 アジア・オセアニア ]";
        const string share = "このニュースをシェア";
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([headline, dateline, share, .. Japanese]));

        Assert.Equal([headline, .. Japanese], result.Text.Split("\n\n"));
        Assert.Contains(result.Removals, r => r.RuleId == "site.dateline" && r.Text == dateline);
        Assert.Contains(result.Removals, r => r.RuleId == "social.prompt" && r.Text == share);
    }

    [Fact]
    public void Keeps_a_Japanese_headline_that_starts_with_a_date() =>
        RuleHarness.AssertKeepsAmid("site.dateline", Japanese, "2024年1月12日の大雪、札幌市が除雪を前倒し 幹線道路を優先");
}

/// <summary>"الأكثر تصفحاً" ("most browsed") heads a most-read box on Arabic news sites, as "الأكثر قراءة" does.</summary>
public class ArabicMostBrowsedTests
{
    [Theory]
    [InlineData("الأكثر تصفحاً")]
    [InlineData("الأكثر تصفحا")]
    public void Removes_the_most_browsed_heading_and_its_headlines(string heading)
    {
        string[] box = [heading, "وزير النقل يفتتح جسرا جديدا فوق نهر النيل", "الأرصاد تحذر من موجة حر في نهاية الأسبوع"];
        var result = RuleHarness.CleanAfterArticle("related.block", "ar", box);

        Assert.Equal(box, RuleHarness.RemovedLines(result, "related.block"));
        RuleHarness.AssertKept(result, ArticleText.English);
    }
}
