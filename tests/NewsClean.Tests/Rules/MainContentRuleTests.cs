using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class MainContentRuleTests
{
    private const string RuleId = "structure.main-content";

    // A whole page's innerText: a site header and menu, the article, then teasers and a footer.
    private static readonly string[] Header =
    [
        "The Riverside Gazette", "Subscribe", "Sign in", "Home", "News", "Politics", "Business", "Sport", "Weather", "Opinion",
    ];

    private static readonly string[] Footer =
    [
        "Most read", "Storm Ciaran batters southern England", "Council tax to rise by five percent", "Why the barrier closes more often",
        "Ferry services suspended until Friday", "About us", "Contact", "Privacy policy", "Terms and conditions", "© 2024 The Riverside Gazette",
    ];

    [Fact]
    public void Removes_the_page_around_the_article_and_keeps_the_article_with_its_headline()
    {
        string text = RuleHarness.Document([.. Header, .. ArticleText.English, .. Footer]);

        var full = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document(ArticleText.English), full.Text);
        Assert.Contains(full.Removals, r => r.RuleId == RuleId);
    }

    [Fact]
    public void Leaves_an_article_without_surroundings_alone()
    {
        string text = RuleHarness.Document(ArticleText.English);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
        Assert.Same(text, result.Text);
    }

    [Fact]
    public void Leaves_a_document_with_little_prose_alone()
    {
        string text = RuleHarness.Document([.. Header, ArticleText.EnglishHeadline, ArticleText.EnglishOneLiner, .. Footer]);
        Assert.Empty(RuleHarness.Only(RuleId).CleanWithTrace(text).Removals);
    }

    [Fact]
    public void Keeps_a_short_list_and_a_sign_off_after_the_article()
    {
        // A few short lines after the text are its own tail, not page furniture.
        string[] tail = ["Flood helpline numbers:", "Thames: 0345 988 1188", "Medway: 0345 988 1189", "Reporting by Priya Shah"];
        string text = RuleHarness.Document([.. ArticleText.English, .. tail]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
    }
}
