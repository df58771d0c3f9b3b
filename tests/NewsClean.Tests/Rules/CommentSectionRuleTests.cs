using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class CommentSectionRuleTests
{
    private const string RuleId = "comments.section";

    private static readonly string[] Comments =
    [
        "12 Comments",
        "RiverWatcher42",
        "The barrier has saved London more times than anyone realises, and the engineers deserve far more credit.",
        "Jane from Kent",
        "We were flooded in 2014 and nobody came to help us, so forgive me if I am not celebrating tonight.",
    ];

    [Fact]
    public void Removes_the_comment_heading_and_everything_after_it()
    {
        string text = RuleHarness.Document([.. ArticleText.English, .. Comments]);
        RuleHarness.AssertRule(RuleId, text, removed: Comments, kept: ArticleText.English);
    }

    [Theory]
    [InlineData("Comments (12)")]
    [InlineData("Reader Comments [3]")]
    public void Removes_a_heading_with_the_count_after_it(string heading)
    {
        string[] comments = [heading, .. Comments[1..]];
        string text = RuleHarness.Document([.. ArticleText.English, .. comments]);
        RuleHarness.AssertRule(RuleId, text, removed: comments, kept: ArticleText.English);
    }

    [Fact]
    public void Leaves_a_comment_count_above_the_article_alone()
    {
        // "0 Comments" under a headline is a link, not the start of a thread: no article stands before it yet.
        string text = RuleHarness.Document([ArticleText.EnglishHeadline, "0 Comments", .. ArticleText.English[1..]]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
        Assert.Same(text, result.Text);
    }

    [Theory]
    [InlineData("The mayor's comments on the barrier drew criticism from residents who had been flooded before.")]
    [InlineData("Comments from residents")]
    [InlineData("\"No comment,\" said a spokesman for the water company")]
    public void Keeps_article_lines_that_mention_comments(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, [.. ArticleText.English[..4], content, .. ArticleText.English[4..]], []);
}
