using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Pipeline;

public class FailureIsolationTests
{
    private static readonly string Text = RuleHarness.Document([.. ArticleText.English[..2], "ADVERTISEMENT", .. ArticleText.English[2..], "Promo line"]);

    /// <summary>Marks "Promo line" for removal and then throws on the last line, leaving partial work behind.</summary>
    private static CleaningPipelineBuilder WithThrowingRule() =>
        NewsCleaner.CreateBuilder().AddLineRule("user.broken", "broken rule", static line =>
            line.Text.SequenceEqual("Promo line") ? throw new InvalidOperationException("boom") : line.Index == 0);

    [Fact]
    public void A_throwing_user_rule_is_skipped_its_partial_work_dropped_and_the_failure_reported()
    {
        var result = WithThrowingRule().Build().CleanWithTrace(Text);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("user.broken", failure.RuleId);
        Assert.Equal("boom", Assert.IsType<InvalidOperationException>(failure.Exception).Message);

        // The headline it had already marked stays; the built-in rules still did their work.
        Assert.Empty(RuleHarness.RemovedLines(result, "user.broken"));
        Assert.Equal(["ADVERTISEMENT"], RuleHarness.RemovedLines(result, "ads.line"));
        RuleHarness.AssertKept(result, [.. ArticleText.English, "Promo line"]);
    }

    [Fact]
    public void Clean_without_a_trace_also_survives_a_throwing_rule()
    {
        string expected = RuleHarness.Document([.. ArticleText.English, "Promo line"]);
        Assert.Equal(expected, WithThrowingRule().Build().Clean(Text));
    }

    [Fact]
    public void ThrowOnRuleFailure_rethrows_the_rules_exception()
    {
        var pipeline = WithThrowingRule().ThrowOnRuleFailure().Build();
        var error = Assert.Throws<InvalidOperationException>(() => pipeline.Clean(Text));
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void A_rule_that_throws_on_one_document_works_on_the_next()
    {
        var pipeline = WithThrowingRule().Build();
        pipeline.Clean(Text);

        var result = pipeline.CleanWithTrace(RuleHarness.Document(ArticleText.English));

        Assert.Empty(result.Failures);
        Assert.Equal([ArticleText.EnglishHeadline], RuleHarness.RemovedLines(result, "user.broken"));
    }
}
