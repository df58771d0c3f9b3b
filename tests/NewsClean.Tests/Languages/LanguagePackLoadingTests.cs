using NewsClean.Languages;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>The bundled packs load, cover the promised languages and carry stopwords; malformed packs are rejected.</summary>
public sealed class LanguagePackLoadingTests
{
    private static readonly string[] Promised =
        ["ar", "de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "ms", "nl", "pl", "pt", "ru", "tr", "uk", "vi", "zh"];

    public static TheoryData<string> Languages() => [.. LanguagePack.Available];

    [Fact]
    public void Every_promised_language_is_bundled()
    {
        Assert.Empty(Promised.Except(LanguagePack.Available));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Bundled_pack_loads_with_stopwords_and_phrases(string language)
    {
        var pack = LanguagePack.Load(language);

        Assert.Equal(language, pack.Language);
        Assert.True(pack.Stopwords.Count >= 100, $"{language} has {pack.Stopwords.Count} stopwords");
        Assert.All(pack.Stopwords, w => Assert.Equal(w.ToLowerInvariant(), w));
        foreach (var category in new[] { PhraseCategory.Related, PhraseCategory.Ad, PhraseCategory.Cookie, PhraseCategory.CaptionCredit })
        {
            Assert.True(pack.Phrases.ContainsKey(category), $"{language} has no {category} phrases");
        }
    }

    [Theory]
    [InlineData("""{ "language": "xx", "phrases": { "related": { "exact": ["Read also"] } """)]
    [InlineData("""{ "language": "xx", "phrases": { "related": { "exact": "Read also" } } }""")]
    [InlineData("not json")]
    public void Malformed_json_is_a_FormatException(string json)
    {
        Assert.Throws<FormatException>(() => LanguagePack.FromJson(json));
    }

    [Theory]
    [InlineData("relatedArticles")]
    [InlineData("3")]
    public void Unknown_category_is_a_FormatException_that_names_it(string category)
    {
        string json = $$"""{ "language": "xx", "phrases": { "{{category}}": { "exact": ["Read also"] } } }""";

        var error = Assert.Throws<FormatException>(() => LanguagePack.FromJson(json));

        Assert.Contains(category, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("prefix")]
    [InlineData("contains")]
    public void Empty_phrase_is_a_FormatException(string mode)
    {
        string json = $$"""{ "language": "xx", "phrases": { "ad": { "{{mode}}": ["Anzeige", "  "] } } }""";

        Assert.Throws<FormatException>(() => LanguagePack.FromJson(json));
    }

    [Fact]
    public void Prefix_phrase_that_ends_in_punctuation_is_a_FormatException_that_names_it()
    {
        string json = """{ "language": "xx", "phrases": { "social": { "prefix": ["Follow us", "Like this story?"] } } }""";

        var error = Assert.Throws<FormatException>(() => LanguagePack.FromJson(json));
        Assert.Contains("Like this story?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read more:")]
    [InlineData("और पढ़ें")]
    [InlineData("Sharing is caring!")]
    public void Prefix_phrase_may_end_in_a_colon_a_combining_mark_or_decoration(string prefix)
    {
        string json = $$"""{ "language": "xx", "phrases": { "related": { "prefix": ["{{prefix}}"] } } }""";

        Assert.Equal(prefix, Assert.Single(LanguagePack.FromJson(json).Phrases[PhraseCategory.Related].Prefix));
    }

    [Fact]
    public void Missing_language_tag_is_a_FormatException()
    {
        Assert.Throws<FormatException>(() => LanguagePack.FromJson("""{ "phrases": {} }"""));
    }

    [Fact]
    public void Valid_custom_pack_parses_its_phrases_and_lowercases_stopwords()
    {
        var pack = LanguagePack.FromJson("""
            {
              // comments and trailing commas are allowed
              "language": "XX", "name": "Test",
              "phrases": { "ad": { "exact": [" Reklame "], }, },
              "stopwords": ["Und", "der"],
            }
            """);

        Assert.Equal("xx", pack.Language);
        Assert.Equal(["Reklame"], pack.Phrases[PhraseCategory.Ad].Exact);
        Assert.True(pack.Stopwords.SetEquals(["und", "der"]));
    }
}
