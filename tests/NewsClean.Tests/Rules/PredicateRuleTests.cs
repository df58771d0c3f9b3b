using NewsClean.Rules.Custom;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class PredicateRuleTests
{
    [Fact]
    public void Sees_the_neighbouring_lines_and_removes_only_where_they_match()
    {
        // Remove the label "PROMO" and the line right after it; the same teaser elsewhere stays.
        const string teaser = "Win a weekend by the sea";
        string text = RuleHarness.Document([.. ArticleText.English[..2], "PROMO", teaser, .. ArticleText.English[2..], teaser]);
        var pipeline = new CleaningPipelineBuilder()
            .AddLineRule("site.promo", "promotion block", static line =>
                line.Text.SequenceEqual("PROMO") || (line.HasPrevious && line.Previous.SequenceEqual("PROMO")))
            .Build();

        var result = pipeline.CleanWithTrace(text);

        var removal = Assert.Single(result.Removals);
        Assert.Equal(("PROMO\n" + teaser, 5, 7), (removal.Text, removal.FirstLine, removal.LastLine));
        RuleHarness.AssertKept(result, [.. ArticleText.English, teaser]);
    }

    [Fact]
    public void Neighbours_skip_lines_an_earlier_rule_removed()
    {
        // "ADVERTISEMENT" goes first (ads.line), so the line after it sees the article paragraph as its previous line.
        string text = RuleHarness.Document(ArticleText.EnglishHeadline, ArticleText.EnglishProse1, "ADVERTISEMENT", ArticleText.EnglishOneLiner);
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var pipeline = new CleaningPipelineBuilder()
            .UseRules("ads.line")
            .AddLineRule("test.spy", "never removes", line =>
            {
                seen[line.Text.ToString()] = line.HasPrevious ? line.Previous.ToString() : "<none>";
                return false;
            })
            .Build();

        pipeline.Clean(text);

        Assert.Equal(ArticleText.EnglishProse1, seen[ArticleText.EnglishOneLiner]);
        Assert.Equal("<none>", seen[ArticleText.EnglishHeadline]);
        Assert.False(seen.ContainsKey("ADVERTISEMENT"));
    }

    [Fact]
    public void Reports_index_source_line_features_and_next()
    {
        string text = "Headline Here\r\n\r\n\r\nFirst paragraph of the article, which is short.\nLast line";
        var views = new List<(int Index, int SourceLine, int Words, bool EndsSentence, string Next, bool HasNext)>();
        var pipeline = new CleaningPipelineBuilder()
            .AddLineRule("test.spy", "never removes", line =>
            {
                lock (views)
                {
                    views.Add((line.Index, line.SourceLine, line.Features.Words, line.Features.EndsSentence, line.Next.ToString(), line.HasNext));
                }

                return false;
            })
            .Build();

        pipeline.Clean(text);

        Assert.Equal(
            [
                (0, 1, 2, false, "First paragraph of the article, which is short.", true),
                (1, 4, 8, true, "Last line", true),
                (2, 5, 2, false, "", false),
            ],
            views);
    }

    [Fact]
    public void Rejects_a_null_predicate_and_a_blank_reason()
    {
        Assert.Throws<ArgumentNullException>(() => new PredicateRule("test.rule", "reason", null!));
        Assert.ThrowsAny<ArgumentException>(() => new PredicateRule("test.rule", " ", static _ => true));
    }
}
