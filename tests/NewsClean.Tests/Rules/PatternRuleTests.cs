using System.Text.RegularExpressions;
using NewsClean.Rules.Custom;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class PatternRuleTests
{
    [Fact]
    public void Removes_matching_lines_case_insensitively_and_keeps_the_rest()
    {
        string[] boilerplate = ["LIVE UPDATES: 12 new posts", "Live updates: 3 new posts"];
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. boilerplate, .. ArticleText.English[2..]]);
        var pipeline = new CleaningPipelineBuilder().AddPatternRule("site.liveposts", "live-blog counter", @"^live updates: \d+ new posts$").Build();

        var result = pipeline.CleanWithTrace(text);

        Assert.Equal(boilerplate, RuleHarness.RemovedLines(result, "site.liveposts"));
        Assert.All(result.Removals, r => Assert.Equal("live-blog counter", r.Reason));
        RuleHarness.AssertKept(result, ArticleText.English);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[a-")]
    [InlineData(@"(a)\1")]
    [InlineData("(?=lookahead)")]
    [InlineData("(?<=behind)x")]
    public void Rejects_invalid_or_backtracking_only_patterns_with_ArgumentException(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => new PatternRule("site.bad", "bad", pattern));
        Assert.Contains("site.bad", error.Message, StringComparison.Ordinal);
        Assert.Equal("pattern", error.ParamName);
    }

    [Fact]
    public void Rejects_a_zero_timeout() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatternRule("site.bad", "bad", "x", TimeSpan.Zero));

    [Fact]
    public void A_match_that_times_out_skips_the_rule_and_reports_it_while_other_rules_still_run()
    {
        // One tick is far shorter than scanning a two-million-character line, so the match must time out.
        string longLine = string.Concat(Enumerable.Repeat("ab", 1_000_000));
        string text = RuleHarness.Document([.. ArticleText.English, "ADVERTISEMENT", longLine]);
        var pipeline = new CleaningPipelineBuilder()
            .UseRules("ads.line")
            .AddPatternRule("site.slow", "slow pattern", "(a|b)*c", TimeSpan.FromTicks(1))
            .Build();

        var result = pipeline.CleanWithTrace(text);

        var failure = Assert.Single(result.Failures);
        Assert.Equal("site.slow", failure.RuleId);
        Assert.IsType<RegexMatchTimeoutException>(failure.Exception);
        Assert.Equal(["ADVERTISEMENT"], RuleHarness.RemovedLines(result, "ads.line"));
        RuleHarness.AssertKept(result, [.. ArticleText.English, longLine]);
    }

    [Fact]
    public void A_timeout_rethrows_when_the_pipeline_is_strict()
    {
        string text = string.Concat(Enumerable.Repeat("ab", 1_000_000));
        var pipeline = new CleaningPipelineBuilder()
            .AddPatternRule("site.slow", "slow pattern", "(a|b)*c", TimeSpan.FromTicks(1))
            .ThrowOnRuleFailure()
            .Build();

        Assert.Throws<RegexMatchTimeoutException>(() => pipeline.Clean(text));
    }
}
