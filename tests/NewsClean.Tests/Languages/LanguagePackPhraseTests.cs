using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>Each language pack's phrases remove realistic boilerplate in that language and keep the article beside it.</summary>
public sealed class LanguagePackPhraseTests
{
    public static TheoryData<LanguageSample> Samples() => [.. LanguageSamples.All];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Boilerplate_lines_are_removed_by_the_expected_rule(LanguageSample sample)
    {
        var result = NewsCleaner.CleanWithTrace(sample.Page);

        foreach (var boilerplate in sample.Lines)
        {
            var removal = result.Removals.FirstOrDefault(r => r.Text.Split('\n').Contains(boilerplate.Line));
            Assert.True(removal is not null, $"[{sample.Language}] not removed: {boilerplate.Line}");
            Assert.True(removal.RuleId == boilerplate.RuleId,
                $"[{sample.Language}] '{boilerplate.Line}' removed by {removal.RuleId} ({removal.Reason}), expected {boilerplate.RuleId}");
            Assert.DoesNotContain(boilerplate.Line, result.Text.Split('\n'));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Related_block_is_removed_with_its_heading(LanguageSample sample)
    {
        var result = NewsCleaner.CleanWithTrace(sample.Page);

        foreach (var line in sample.RelatedBlock)
        {
            Assert.Contains(result.Removals, r => r.RuleId == "related.block" && r.Text.Split('\n').Contains(line));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Headline_and_article_prose_are_kept(LanguageSample sample)
    {
        var kept = NewsCleaner.Clean(sample.Page).Split("\n\n");

        Assert.Equal([sample.Headline, .. sample.Prose], kept);
    }

    // Prose that starts with, or mentions, a pack's word: the phrases that would catch it are exact-only or left out.
    [Theory]
    [InlineData("de", "Anzeige gegen Unbekannt: Die Polizei ermittelt nach dem Brand in der Innenstadt.")]
    [InlineData("de", "Folgen")]
    [InlineData("es", "Más información llegará en los próximos días, según fuentes del ministerio.")]
    [InlineData("es", "Sigue a la espera de una respuesta del Gobierno")]
    [InlineData("fr", "Relire ce discours aujourd'hui laisse une étrange impression de déjà-vu.")]
    [InlineData("fr", "La NASA présente son plan Mars 2030")]
    [InlineData("pt", "Por Que Você Deve Votar Nesta Eleição")]
    [InlineData("ru", "Реклама на телевидении за год подорожала почти на треть.")]
    [InlineData("ru", "Google откажется от использования файлов cookie в браузере Chrome.")]
    [InlineData("pl", "Polecamy zabrać ze sobą dokumenty i potwierdzenie rezerwacji.")]
    [InlineData("zh", "谷歌宣布将在明年停止使用第三方Cookie追踪用户。")]
    [InlineData("ja", "グーグルはCookieを使用した広告の仕組みを見直す。")]
    [InlineData("ko", "이용약관 개정으로 이용자들의 불만이 커지고 있다.")]
    [InlineData("ko", "유튜브 채널 구독자가 100만 명을 넘었다.")]
    public void Prose_that_shares_words_with_a_phrase_is_kept(string language, string line)
    {
        var sample = LanguageSamples.All.Single(s => s.Language == language);
        string page = string.Join("\n", sample.Headline, sample.Prose[0], line, sample.Prose[1]);

        var result = NewsCleaner.CleanWithTrace(page);

        Assert.DoesNotContain(result.Removals, r => r.Text.Split('\n').Contains(line));
        Assert.Contains(line, result.Text.Split("\n\n"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Clean_article_passes_through_unchanged(LanguageSample sample)
    {
        string article = string.Join("\n\n", [sample.Headline, .. sample.Prose]);

        Assert.Equal(article, NewsCleaner.Clean(article));
    }
}
