using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Pipeline;

public class ProseGuardTests
{
    private static readonly string Text = RuleHarness.Document(ArticleText.English);

    [Fact]
    public void A_user_rule_that_would_remove_all_prose_is_refused_and_reported()
    {
        var pipeline = new CleaningPipelineBuilder()
            .AddLineRule("user.greedy", "removes every sentence", static line => line.Features.EndsSentence)
            .Build();

        var result = pipeline.CleanWithTrace(Text);

        var guarded = Assert.Single(result.Guarded);
        Assert.Equal("user.greedy", guarded.RuleId);
        Assert.Equal(4, guarded.LineCount);
        Assert.Equal(1.0, guarded.ProseShare, precision: 3);
        Assert.Contains("100", guarded.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Removals);
        Assert.Same(Text, result.Text);
    }

    [Fact]
    public void A_rule_under_the_limit_is_allowed()
    {
        // One of three prose paragraphs is a third of the prose, under the default 50% limit.
        var pipeline = new CleaningPipelineBuilder()
            .AddLineRule("user.modest", "removes one paragraph", static line => line.Text.StartsWith("Forecasters", StringComparison.Ordinal))
            .Build();

        var result = pipeline.CleanWithTrace(Text);

        Assert.Empty(result.Guarded);
        Assert.Equal([ArticleText.EnglishProse3], RuleHarness.RemovedLines(result, "user.modest"));
    }

    [Fact]
    public void The_guard_leaves_later_rules_free_to_run()
    {
        string text = RuleHarness.Document([.. ArticleText.English, "ADVERTISEMENT"]);
        var pipeline = new CleaningPipelineBuilder()
            .AddLineRule("user.greedy", "removes every line", static _ => true)
            .UseRules("ads.line")
            .Build();

        var result = pipeline.CleanWithTrace(text);

        Assert.Equal("user.greedy", Assert.Single(result.Guarded).RuleId);
        Assert.Equal(["ADVERTISEMENT"], RuleHarness.RemovedLines(result, "ads.line"));
        RuleHarness.AssertKept(result, ArticleText.English);
    }

    [Fact]
    public void A_line_asked_for_twice_counts_once()
    {
        // A third of the prose, asked for twice, is still a third: under the 50% limit.
        var pipeline = new CleaningPipelineBuilder().AddRule(new RemoveTwice("Forecasters")).Build();

        var result = pipeline.CleanWithTrace(Text);

        Assert.Empty(result.Guarded);
        Assert.DoesNotContain(ArticleText.EnglishProse3, RuleHarness.Paragraphs(result.Text));
    }

    private sealed class RemoveTwice(string start) : NewsClean.Rules.CleaningRule("user.twice", "asks for the same line twice")
    {
        protected internal override void Apply(CleaningContext context)
        {
            for (int i = 0; i < context.LineCount; i++)
            {
                if (context.GetText(i).StartsWith(start, StringComparison.Ordinal))
                {
                    context.Remove(i, "first request");
                    context.Remove(i, "second request");
                }
            }
        }
    }
}
