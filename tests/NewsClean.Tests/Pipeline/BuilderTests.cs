using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Pipeline;

public class BuilderTests
{
    private static readonly string TextWithAd = RuleHarness.Document([.. ArticleText.English[..2], "ADVERTISEMENT", "Follow us on Twitter", .. ArticleText.English[2..]]);

    // The rule ids issue 2 names; they are public, stable names users pass to UseRules and DisableRule.
    private static readonly string[] StableIds =
    [
        "captions.credit", "captions.duplicate", "ads.line", "ads.url", "social.prompt", "social.sharebar", "related.inline",
        "related.block", "prompts.newsletter", "prompts.cookie", "prompts.paywall", "credits.staff", "credits.trailing",
        "site.dateline", "site.footer",
    ];

    [Fact]
    public void Default_pipeline_runs_every_built_in_rule_in_order()
    {
        Assert.Equal(BuiltInRules.Ids, NewsCleaner.Default.RuleIds);
        Assert.Subset(BuiltInRules.Ids.ToHashSet(), StableIds.ToHashSet());
        Assert.Equal(BuiltInRules.Ids.Count, BuiltInRules.Ids.Distinct().Count());
        Assert.All(BuiltInRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Fact]
    public void DisableRule_turns_one_rule_off_and_leaves_the_others()
    {
        var pipeline = NewsCleaner.CreateBuilder().DisableRule("ads.line").Build();

        var result = pipeline.CleanWithTrace(TextWithAd);

        Assert.DoesNotContain("ads.line", pipeline.RuleIds);
        Assert.Equal(BuiltInRules.Ids.Count - 1, pipeline.RuleIds.Count);
        Assert.Contains("ADVERTISEMENT", RuleHarness.Paragraphs(result.Text));
        Assert.Equal(["Follow us on Twitter"], RuleHarness.RemovedLines(result, "social.prompt"));
    }

    [Fact]
    public void DisableRule_applies_to_rules_added_after_it()
    {
        var pipeline = new CleaningPipelineBuilder().DisableRule("ads.line").UseRules("ads.line", "social.prompt").Build();
        Assert.Equal(["social.prompt"], pipeline.RuleIds);
    }

    [Fact]
    public void Disabling_a_rule_that_is_not_in_the_pipeline_fails_at_Build_naming_it()
    {
        var builder = new CleaningPipelineBuilder().UseRules("ads.line").DisableRule("ads.typo");
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("ads.typo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseRules_with_an_unknown_id_throws_and_names_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new CleaningPipelineBuilder().UseRules("ads.line", "ads.nope"));
        Assert.Contains("ads.nope", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'ads.line'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseRules_keeps_the_default_order_whatever_order_the_ids_come_in()
    {
        var pipeline = new CleaningPipelineBuilder().UseRules("site.footer", "captions.credit", "ads.line").Build();
        Assert.Equal(["captions.credit", "ads.line", "site.footer"], pipeline.RuleIds);
    }

    [Fact]
    public void UseRules_selects_only_the_named_rules()
    {
        var result = new CleaningPipelineBuilder().UseRules("social.prompt").Build().CleanWithTrace(TextWithAd);

        Assert.All(result.Removals, r => Assert.Equal("social.prompt", r.RuleId));
        Assert.Contains("ADVERTISEMENT", RuleHarness.Paragraphs(result.Text));
        Assert.DoesNotContain("Follow us on Twitter", RuleHarness.Paragraphs(result.Text));
    }

    [Fact]
    public void Adding_the_same_rule_twice_through_UseRules_and_UseDefaultRules_keeps_one_copy()
    {
        var pipeline = new CleaningPipelineBuilder().UseRules("ads.line").UseRules("ads.line").UseDefaultRules().Build();
        Assert.Equal(BuiltInRules.Ids.Count, pipeline.RuleIds.Count);
        Assert.Single(pipeline.RuleIds, "ads.line");
    }

    [Fact]
    public void A_user_rule_with_a_taken_id_is_refused()
    {
        var builder = NewsCleaner.CreateBuilder().AddPhraseRule("site.promo", "promo", ["Promo"]);
        Assert.Throws<ArgumentException>(() => builder.AddPhraseRule("site.promo", "again", ["Other"]));
        Assert.Throws<ArgumentException>(() => builder.AddPatternRule("ads.line", "clash with a built-in", "x"));
    }

    [Fact]
    public void User_rules_run_after_the_rules_added_before_them()
    {
        var pipeline = NewsCleaner.CreateBuilder().AddPhraseRule("site.promo", "promo", ["ADVERTISEMENT"]).Build();
        Assert.Equal("site.promo", pipeline.RuleIds[^1]);

        // ads.line runs first and owns the line; the user rule finds nothing left to remove.
        var result = pipeline.CleanWithTrace(TextWithAd);
        Assert.Equal(["ADVERTISEMENT"], RuleHarness.RemovedLines(result, "ads.line"));
        Assert.Empty(RuleHarness.RemovedLines(result, "site.promo"));
    }

    [Fact]
    public void Build_takes_a_snapshot_that_later_builder_changes_do_not_reach()
    {
        var builder = new CleaningPipelineBuilder().UseRules("ads.line");
        var pipeline = builder.Build();
        string before = pipeline.Clean(TextWithAd);

        builder.UseRules("social.prompt").AddPhraseRule("site.promo", "promo", [ArticleText.EnglishOneLiner]).DisableRule("ads.line").UseLanguages("id");

        Assert.Equal(["ads.line"], pipeline.RuleIds);
        Assert.Equal(before, pipeline.Clean(TextWithAd));
        Assert.Contains("Follow us on Twitter", RuleHarness.Paragraphs(pipeline.Clean(TextWithAd)));
        Assert.Contains(ArticleText.EnglishOneLiner, RuleHarness.Paragraphs(pipeline.Clean(TextWithAd)));

        var rebuilt = builder.Build();
        Assert.Equal(["social.prompt", "site.promo"], rebuilt.RuleIds);
    }

    [Fact]
    public void UseLanguages_limits_the_phrases_to_the_chosen_packs()
    {
        string text = RuleHarness.Document([.. ArticleText.Indonesian, "Baca juga: Korsel Panggil Dubes Rusia"]);
        var english = new CleaningPipelineBuilder().UseRules("related.inline").UseLanguages("en").Build();
        var indonesian = new CleaningPipelineBuilder().UseRules("related.inline").UseLanguages("id").Build();

        Assert.Same(text, english.Clean(text));
        Assert.Equal(["Baca juga: Korsel Panggil Dubes Rusia"], RuleHarness.RemovedLines(indonesian.CleanWithTrace(text), "related.inline"));
    }

    [Fact]
    public void UseLanguages_with_an_unknown_tag_throws()
    {
        Assert.Throws<ArgumentException>(() => new CleaningPipelineBuilder().UseLanguages("xx"));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => NewsCleaner.Clean(null!));
        Assert.Throws<ArgumentNullException>(() => NewsCleaner.CleanWithTrace(null!));
        Assert.Throws<ArgumentNullException>(() => NewsCleaner.Clean("text", null!));
        Assert.Throws<ArgumentNullException>(() => NewsCleaner.CleanWithTrace("text", null!));
        Assert.Throws<ArgumentNullException>(() => NewsCleaner.Default.Clean(null!));
        Assert.Throws<ArgumentNullException>(() => new CleaningPipelineBuilder().AddRule(null!));
        Assert.Throws<ArgumentNullException>(() => new CleaningPipelineBuilder().UseLoggerFactory(null!));
    }
}
