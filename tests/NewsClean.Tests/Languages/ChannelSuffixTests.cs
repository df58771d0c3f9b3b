using NewsClean.Languages;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// "… di Google News" ends a call to the reader, and news about the same service names it too. The packs list such
/// channel names as suffix phrases: they match where they end a line without a full stop, so the prompt goes and a
/// sentence that names the channel (mid-line, or before its full stop) stays.
/// </summary>
public sealed class ChannelSuffixTests
{
    [Theory]
    [InlineData("de", "Nach Angaben des Verbands erscheinen ihre Artikel seit dem Frühjahr deutlich seltener auf Google News.")]
    [InlineData("de", "Die Beiträge des Verlags sind auf Google News seit Mai kaum noch zu finden, klagt der Verband.")]
    [InlineData("es", "Los editores denuncian que sus noticias aparecen cada vez menos en Google News.")]
    [InlineData("fr", "Les éditeurs affirment que leurs articles apparaissent de moins en moins sur Google Actualités.")]
    [InlineData("id", "Menurut asosiasi penerbit, artikel mereka makin jarang muncul di Google News.")]
    [InlineData("it", "Secondo gli editori, i loro articoli compaiono sempre meno su Google News.")]
    [InlineData("ms", "Menurut persatuan penerbit, artikel mereka semakin jarang muncul di Google News.")]
    [InlineData("nl", "Volgens de uitgevers verschijnen hun artikelen steeds minder vaak op Google Nieuws.")]
    [InlineData("pl", "Według wydawców ich artykuły coraz rzadziej pojawiają się w Google News.")]
    [InlineData("pt", "Segundo os editores, as suas notícias aparecem cada vez menos no Google Notícias.")]
    [InlineData("ru", "По данным издателей, их материалы всё реже появляются в Яндекс.Новостях.")]
    [InlineData("uk", "За даними видавців, їхні матеріали дедалі рідше з'являються в Google News.")]
    [InlineData("vi", "Theo các nhà xuất bản, bài viết của họ ngày càng ít xuất hiện trên Google News.")]
    [InlineData("tr", "Yayıncılara göre haberleri Google News'te giderek daha az görünüyor.")]
    [InlineData("hi", "प्रकाशकों का कहना है कि उनकी खबरें अब Google News पर कम दिखाई देती हैं।")]
    public void A_sentence_that_names_the_channel_stays(string language, string sentence) =>
        RuleHarness.AssertDefaultKeepsAmid(LanguageSamples.ArticleIn(language), sentence, separator: "\n\n");

    [Theory]
    [InlineData("de", "Aktuelle Nachrichten aus der Region gibt es auch bei Google News")]
    [InlineData("es", "Sigue toda la actualidad en Google News")]
    [InlineData("fr", "Retrouvez toute l'actualité sur Google Actualités")]
    [InlineData("id", "Ikuti berita terkini dan menarik lainnya di Google News")]
    [InlineData("it", "Tutte le notizie della giornata su Google News")]
    [InlineData("ms", "Dapatkan berita terkini di Google News")]
    [InlineData("nl", "Het laatste nieuws uit de regio op Google Nieuws")]
    [InlineData("pl", "Najnowsze wiadomości znajdziesz w Google News")]
    [InlineData("pt", "Acompanhe as últimas notícias no Google Notícias!")]
    [InlineData("ru", "Главные новости дня в Яндекс.Новостях")]
    [InlineData("uk", "Читайте головні новини в Google News")]
    [InlineData("vi", "Đọc thêm tin tức mới nhất trên Google News")]
    [InlineData("tr", "Haberlerimizi Google News'ten takip edin")]
    [InlineData("hi", "अब आप हमें Google News पर फॉलो कर सकते हैं")]
    public void The_prompt_that_ends_in_the_channel_goes(string language, string prompt) =>
        RuleHarness.AssertDefaultRemovesAmid(LanguageSamples.ArticleIn(language), prompt, "social.prompt", separator: "\n\n");

    [Theory]
    [InlineData("Ikuti kami di Google News", true)]
    [InlineData("Ikuti kami di Google News  ", true)]
    [InlineData("Ikuti kami di google news!", true)]
    [InlineData("Ikuti kami di Google News: klik di sini", false)]
    [InlineData("Ikuti kami di Google News →", true)]
    [InlineData("Artikel kami muncul di Google News.", false)]
    [InlineData("Apakah artikel kami muncul di Google News?", false)]
    [InlineData("Artikel di Google News kini lebih sedikit", false)]
    [InlineData("Saudi Google News", false)] // "di" inside "Saudi" is no word of its own
    [InlineData("di Google News", true)]
    public void A_suffix_phrase_matches_at_the_line_end_after_a_word_boundary(string line, bool expected)
    {
        var matcher = new PhraseMatcher([], [], [], ["di Google News"]);

        Assert.Equal(expected, matcher.MatchesSuffix(line));
        Assert.Equal(expected, matcher.Matches(line));
    }

    [Fact]
    public void A_pack_lists_suffix_phrases_under_their_own_key()
    {
        string json = """{ "language": "xx", "phrases": { "social": { "suffix": ["on Channel Nine"] } } }""";

        Assert.Equal("on Channel Nine", Assert.Single(LanguagePack.FromJson(json).Phrases[PhraseCategory.Social].Suffix));
    }

    [Fact]
    public void A_custom_rule_can_match_line_ends()
    {
        var rule = new NewsClean.Rules.Custom.PhraseRule("custom.channel", "channel prompt", ["on Channel Nine"], NewsClean.Rules.Custom.PhraseMatchMode.Suffix);
        var pipeline = new CleaningPipelineBuilder().UseRules().AddRule(rule).Build();
        string[] article = ["The council met on Tuesday and approved the budget for next year.", "The vote was broadcast live on Channel Nine.", "Watch the full debate on Channel Nine"];

        var result = pipeline.CleanWithTrace(string.Join("\n\n", article));

        Assert.Equal(article[..2], result.Text.Split("\n\n"));
    }
}
