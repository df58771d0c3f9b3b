using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class RelatedInlineRuleTests
{
    private const string RuleId = "related.inline";

    [Theory]
    [InlineData("Baca juga: Korsel Panggil Dubes Rusia, Kecam Pengiriman Pasukan Korut ke Perang Ukraina")]
    [InlineData("BACA JUGA: Banjir Jakarta, 30 RT Terendam")]
    [InlineData("Simak juga: Video Warga Bekasi Terjebak Banjir")]
    [InlineData("Lihat juga: Daftar Posko Pengungsian di Bekasi")]
    public void Removes_Indonesian_read_also_links(string link) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, link);

    [Theory]
    [InlineData("Read more: Flood warnings issued for the Severn")]
    [InlineData("Read also: Why the Thames Barrier is closing more often")]
    [InlineData("READ MORE: Storm Ciaran batters southern England")]
    [InlineData("Read more: Why is the Thames Barrier closing more often than at any time since it was built?")] // prose-length question
    public void Removes_English_read_also_links(string link) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, link);

    [Theory]
    [InlineData("También puede leer: Tras la crecida, el municipio reabre el puente del río Choqueyapu")]
    [InlineData("Lea además: Gobierno anuncia un bono para las familias afectadas por la inundación")]
    [InlineData("Lea más: El concejo aprueba el presupuesto tras un largo debate")]
    public void Removes_Spanish_read_also_links(string link)
    {
        var sample = NewsClean.Tests.Languages.LanguageSamples.All.Single(s => s.Language == "es");
        RuleHarness.AssertRemovedAmid(RuleId, [sample.Headline, .. sample.Prose], link);
    }

    [Fact]
    public void Removes_a_lone_prompt_with_the_headline_on_the_next_line()
    {
        string text = RuleHarness.Document([.. ArticleText.Indonesian[..2], .. ArticleText.Indonesian[2..]])
            .Replace(ArticleText.IndonesianProse2, "Baca juga:\nKorsel Panggil Dubes Rusia\n\n" + ArticleText.IndonesianProse2, StringComparison.Ordinal);
        RuleHarness.AssertRule(RuleId, text, removed: ["Baca juga:", "Korsel Panggil Dubes Rusia"], kept: ArticleText.Indonesian);
    }

    [Fact]
    public void Removes_a_teaser_headline_just_before_a_lone_prompt()
    {
        // A teaser card in the body: its headline, then the card's "Leer más" link; nothing headline-like follows.
        const string Teaser = "El alcalde visita el barrio inundado mientras los vecinos exigen respuestas";
        string text = RuleHarness.Document(
            "El concejo aprueba el presupuesto tras un largo debate",
            "El concejo municipal aprobó el presupuesto el martes tras un debate que duró más de seis horas, dijeron las autoridades.",
            Teaser,
            "Leer más",
            "El alcalde dijo que el presupuesto cubriría las reparaciones y que las obras comenzarían en primavera.");
        RuleHarness.AssertRule(RuleId, text, removed: [Teaser, "Leer más"], kept: [
            "El concejo aprueba el presupuesto tras un largo debate",
            "El concejo municipal aprobó el presupuesto el martes tras un debate que duró más de seis horas, dijeron las autoridades.",
            "El alcalde dijo que el presupuesto cubriría las reparaciones y que las obras comenzarían en primavera."]);
    }

    [Fact]
    public void Keeps_the_line_before_a_lone_prompt_when_the_headline_follows_it()
    {
        string text = RuleHarness.Document(
            ArticleText.EnglishHeadline, ArticleText.EnglishProse1, ArticleText.EnglishSubheading, "Read more", "Storm Ciaran Batters Southern England", ArticleText.EnglishProse2);
        RuleHarness.AssertRule(RuleId, text, removed: ["Read more", "Storm Ciaran Batters Southern England"],
            kept: [ArticleText.EnglishHeadline, ArticleText.EnglishProse1, ArticleText.EnglishSubheading, ArticleText.EnglishProse2]);
    }

    [Fact]
    public void Keeps_the_line_before_a_lone_prompt_that_ends_in_a_colon()
    {
        // "Read more:" points at what follows it, here the text again: the quote above it is the text's too.
        const string Quote = "He said the plan would be ready by spring";
        const string Sentence = "The council voted on Tuesday to close the barrier for the winter, officials said.";
        string text = RuleHarness.Document(ArticleText.EnglishHeadline, ArticleText.EnglishProse1, Quote, "Read more:", Sentence, ArticleText.EnglishProse2);

        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        RuleHarness.AssertKept(result, [Quote, ArticleText.EnglishProse1, ArticleText.EnglishProse2]);
    }

    [Fact]
    public void Keeps_the_page_headline_before_a_lone_prompt()
    {
        // The first line is the article's own headline, even when a stray "Read more" follows it.
        string text = RuleHarness.Document(ArticleText.EnglishHeadline, "Read more", ArticleText.EnglishProse1, ArticleText.EnglishProse2);
        RuleHarness.AssertRule(RuleId, text, removed: ["Read more"], kept: [ArticleText.EnglishHeadline, ArticleText.EnglishProse1, ArticleText.EnglishProse2]);
    }

    [Fact]
    public void Keeps_prose_after_a_lone_prompt()
    {
        // The line after a bare "Simak juga" is only taken when it reads like a headline, never a sentence of the article.
        string text = RuleHarness.Document(ArticleText.IndonesianHeadline, ArticleText.IndonesianProse1, "Simak juga", ArticleText.IndonesianProse2);
        RuleHarness.AssertRule(RuleId, text, removed: ["Simak juga"], kept: [ArticleText.IndonesianHeadline, ArticleText.IndonesianProse1, ArticleText.IndonesianProse2]);
    }

    [Theory]
    [InlineData("Readers of the local paper were told to move their cars away from the river on Monday.")]
    [InlineData("Read more about the barrier and you will find it has closed twice as often this decade as the last one.")]
    [InlineData("Relatives of the missing gathered at the river bank on Wednesday morning.")]
    [InlineData("Baca Tulis Warga Pengungsian")]
    [InlineData("También puede leer el informe completo en la web del ministerio, que lo publicó el martes por la tarde.")]
    public void Keeps_prose_and_subheadings_that_start_like_a_prompt(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
