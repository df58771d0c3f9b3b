using NewsClean.Languages;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>The detector names the language of real prose from script and stopwords, and says nothing when unsure.</summary>
public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string> Paragraphs()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in LanguageSamples.All)
        {
            data.Add(sample.Language, string.Join("\n\n", sample.Prose));
        }

        foreach (var (language, prose) in LanguageSamples.OlderPacks)
        {
            data.Add(language, prose);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Detects_the_language_of_a_paragraph(string language, string prose)
    {
        Assert.Equal(language, LanguageDetector.Bundled.Detect(prose));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Detects_the_language_of_a_whole_scraped_page(string language, string prose)
    {
        var sample = LanguageSamples.All.FirstOrDefault(s => s.Language == language);
        string page = sample?.Page ?? prose;

        Assert.Equal(language, LanguageDetector.Bundled.Detect(page));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("2024-03-12 10:30 | 1.234,56 € | +49 30 1234567")]
    [InlineData("Xqzv brtlk, wmpf drastuk plonkivert — gzhrm tulp vexorin quadlip snerk fobbitz krall.")]
    [InlineData("Home | News | Sport | Business | Tech | Weather | Login")]
    [InlineData("東京")]
    public void Returns_null_when_unsure(string text)
    {
        Assert.Null(LanguageDetector.Bundled.Detect(text));
    }

    [Fact]
    public void A_few_foreign_characters_do_not_outvote_the_prose()
    {
        string text = "The company, known in Japan as 任天堂 (Nintendo), said on Tuesday that its profit had risen by a third because the new console sold better than it had expected.";

        Assert.Equal("en", LanguageDetector.Bundled.Detect(text));
    }

    [Fact]
    public void Reads_only_the_first_sample_of_a_long_text()
    {
        string german = string.Join("\n\n", LanguageSamples.All.Single(s => s.Language == "de").Prose);
        string filler = string.Concat(Enumerable.Repeat("0123456789 ", (LanguageDetector.MaxSample / 11) + 1));

        Assert.Equal("de", LanguageDetector.Bundled.Detect(german + filler));
        Assert.Null(LanguageDetector.Bundled.Detect(filler + german));
    }

    [Fact]
    public void Chooses_only_among_the_given_packs()
    {
        string russian = string.Join("\n\n", LanguageSamples.All.Single(s => s.Language == "ru").Prose);
        string spanish = string.Join("\n\n", LanguageSamples.All.Single(s => s.Language == "es").Prose);
        LanguagePack[] latin = [LanguagePack.Load("es"), LanguagePack.Load("en")];

        Assert.Equal("es", LanguageDetector.Detect(spanish, latin));
        Assert.Null(LanguageDetector.Detect(russian, latin));
        Assert.Equal(["es", "en"], new LanguageDetector(latin).Languages);
    }

    [Fact]
    public void Packs_without_stopwords_are_ignored()
    {
        var bare = LanguagePack.FromJson("""{ "language": "xx", "phrases": { "ad": { "exact": ["Reklame"] } } }""");

        var detector = new LanguageDetector([bare]);

        Assert.Empty(detector.Languages);
        Assert.Null(detector.Detect("Reklame Reklame Reklame"));
    }

    [Fact]
    public void Null_packs_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new LanguageDetector(null!));
    }
}
