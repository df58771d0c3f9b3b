using Microsoft.Extensions.Logging.Abstractions;
using NewsClean.Rules.Custom;
using Xunit;

namespace NewsClean.Tests.Docs;

/// <summary>The custom pipeline of README.md's quick start, run on text that each of its rules applies to.</summary>
public sealed class ReadmeQuickStartTests
{
    private const string Body = "The council approved the new budget on Monday after a long debate in the chamber.";

    // Same calls as the README; keep the two in step.
    private static readonly CleaningPipeline Pipeline = NewsCleaner.CreateBuilder()
        .UseLanguages("en", "id")
        .DisableRule("site.dateline")
        .AddPhraseRule("mysite.promo", "house promotion", ["Download the Example News app"], PhraseMatchMode.Prefix)
        .AddPatternRule("mysite.tips", "news-tip prompt", @"^send (us )?your (news )?tips?\b")
        .AddLineRule("mysite.hashtags", "hashtag line", line => line.Text.StartsWith('#') && line.Features.Words <= 8)
        .UseLoggerFactory(NullLoggerFactory.Instance)
        .Build();

    [Fact]
    public void Custom_rules_remove_their_lines_and_report_their_ids()
    {
        string text = string.Join('\n',
            "Budget Passes After Long Debate",
            Body,
            "Download the Example News app for iOS and Android",
            "Send us your tips: tips@example.com",
            "#budget #council #politics");

        var result = NewsCleaner.CleanWithTrace(text, Pipeline);

        Assert.Equal($"Budget Passes After Long Debate\n\n{Body}", result.Text);
        Assert.Equal(["mysite.promo", "mysite.tips", "mysite.hashtags"], result.Removals.Select(r => r.RuleId));
        Assert.Equal(["house promotion", "news-tip prompt", "hashtag line"], result.Removals.Select(r => r.Reason));
    }

    [Fact]
    public void Custom_rules_keep_prose_that_shares_their_words()
    {
        string text = string.Join('\n',
            Body,
            "Readers can send your tips to the newsroom, the editor joked, but nobody did.",
            "Councillors said they would download the Example News app only if it improved.",
            "The hashtag #budget trended for a day after the vote in the chamber.");

        Assert.Equal(NewsCleaner.Clean(text), NewsCleaner.Clean(text, Pipeline));
        Assert.Empty(NewsCleaner.CleanWithTrace(text, Pipeline).Removals);
    }

    [Fact]
    public void Disabled_dateline_rule_keeps_the_dateline_the_default_removes()
    {
        string text = $"Medcom • 22 Oktober 2024 14:18\n{Body}";

        // The default pipeline judges a document by its detected language (English here) plus English and neutral phrases.
        Assert.Equal("en", NewsCleaner.CleanWithTrace(text).Language);
        Assert.DoesNotContain("Read also", NewsCleaner.Clean(text), StringComparison.Ordinal);
        Assert.Equal($"Medcom • 22 Oktober 2024 14:18\n\n{Body}", NewsCleaner.Clean(text, Pipeline));
    }

    [Fact]
    public void Chosen_languages_apply_english_and_indonesian_phrases_but_not_malay()
    {
        string text = $"Baca juga: Banjir Rendam Ribuan Rumah\nRead also: Five things to know\nArtikel berkaitan: Harga minyak naik lagi\n{Body}";

        Assert.Equal($"Artikel berkaitan: Harga minyak naik lagi\n\n{Body}", NewsCleaner.Clean(text, Pipeline));
        // The default pipeline judges a document by its detected language (English here) plus English and neutral phrases.
        Assert.Equal("en", NewsCleaner.CleanWithTrace(text).Language);
        Assert.DoesNotContain("Read also", NewsCleaner.Clean(text), StringComparison.Ordinal);
    }
}
