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

    [Theory]
    [MemberData(nameof(Samples))]
    public void Clean_article_passes_through_unchanged(LanguageSample sample)
    {
        string article = string.Join("\n\n", [sample.Headline, .. sample.Prose]);

        Assert.Equal(article, NewsCleaner.Clean(article));
    }
}
