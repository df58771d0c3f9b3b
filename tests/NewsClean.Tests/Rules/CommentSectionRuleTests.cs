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

    [Theory]
    [InlineData("en", "Save my name, email, and website in this browser for the next time I comment.")]
    [InlineData("de", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.")]
    [InlineData("id", "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.")]
    public void A_comment_forms_own_sentence_opens_the_comment_section(string language, string formSentence)
    {
        // The sentence is prose-shaped (16 words and a full stop), yet only a comment form prints it.
        string[] form = [formSentence, "By submitting this form you agree to the publication of your comment.", .. Comments[1..]];
        var result = RuleHarness.CleanAfterArticle(RuleId, language, form);

        Assert.Equal(form, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void A_French_contributions_link_opens_the_comment_section()
    {
        // Le Monde lists reader comments as "contributions" under this link.
        string[] section = ["Voir les contributions", "Réagissez ou consultez l'ensemble des contributions"];
        var result = RuleHarness.CleanAfterArticle(RuleId, "fr", section);

        Assert.Equal(section, RuleHarness.RemovedLines(result, RuleId));
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
    [InlineData("Comments on the barrier plan closed on Friday after more than four thousand residents had written in.")]
    public void Keeps_article_lines_that_mention_comments(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, [.. ArticleText.English[..4], content, .. ArticleText.English[4..]], []);
}
