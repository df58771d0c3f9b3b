using NewsClean.Rules.Custom;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class PhraseRuleTests
{
    private static CleaningPipeline Pipeline(PhraseMatchMode mode, params string[] phrases) =>
        new CleaningPipelineBuilder().AddPhraseRule("site.promo", "site promotion", phrases, mode).Build();

    [Fact]
    public void Exact_mode_removes_the_whole_line_ignoring_case_and_decoration_and_keeps_longer_lines()
    {
        string text = RuleHarness.Document([.. ArticleText.English[..2], "» WATCH LIVE «", "Watch live coverage of the flood on our channel tonight.", .. ArticleText.English[2..]]);
        var result = Pipeline(PhraseMatchMode.ExactLine, "Watch live").CleanWithTrace(text);

        var removal = Assert.Single(result.Removals);
        Assert.Equal(("site.promo", "site promotion", "» WATCH LIVE «", 5), (removal.RuleId, removal.Reason, removal.Text, removal.FirstLine));
        RuleHarness.AssertKept(result, [.. ArticleText.English, "Watch live coverage of the flood on our channel tonight."]);
    }

    [Fact]
    public void Prefix_mode_matches_at_a_word_boundary_only()
    {
        string text = RuleHarness.Document([.. ArticleText.English, "Partner offer: 20% off wellies", "Partnership talks with the council continue"]);
        var result = Pipeline(PhraseMatchMode.Prefix, "Partner offer", "Partner").CleanWithTrace(text);

        Assert.Equal(["Partner offer: 20% off wellies"], RuleHarness.RemovedLines(result, "site.promo"));
        RuleHarness.AssertKept(result, [.. ArticleText.English, "Partnership talks with the council continue"]);
    }

    [Fact]
    public void Contains_mode_matches_anywhere_from_a_word_start()
    {
        string text = RuleHarness.Document([.. ArticleText.English, "Shop the look at our store", "Workshop the lookout tower"]);
        var result = Pipeline(PhraseMatchMode.Contains, "shop the look").CleanWithTrace(text);

        Assert.Equal(["Shop the look at our store"], RuleHarness.RemovedLines(result, "site.promo"));
        RuleHarness.AssertKept(result, [.. ArticleText.English, "Workshop the lookout tower"]);
    }

    [Fact]
    public void Rejects_empty_phrase_lists_and_blank_phrases()
    {
        Assert.Throws<ArgumentException>(() => new PhraseRule("site.promo", "site promotion", []));
        Assert.Throws<ArgumentException>(() => new PhraseRule("site.promo", "site promotion", ["fine", " "]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("emoji😀")]
    public void Rejects_ids_that_are_not_dotted_names(string id) =>
        Assert.ThrowsAny<ArgumentException>(() => new PhraseRule(id, "site promotion", ["x"]));
}
