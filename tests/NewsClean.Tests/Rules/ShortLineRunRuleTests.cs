using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class ShortLineRunRuleTests
{
    private const string RuleId = "structure.short-runs";

    private static readonly string[] Menu = ["News", "World", "Business", "Sport", "Culture", "Travel"];

    [Fact]
    public void Removes_a_run_of_menu_items_between_article_paragraphs()
    {
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. Menu, .. ArticleText.English[2..]]);
        RuleHarness.AssertRule(RuleId, text, removed: Menu, kept: ArticleText.English);
    }

    [Fact]
    public void Keeps_a_short_run_of_subheadings_and_one_liners()
    {
        // Four short lines in a row are below the run length: an article's own list or subheadings.
        string[] shortLines = ["Hasil Sementara", "Putaran Kedua", "Suara Sah"]; // then "Pemilu 2024": four in a row
        string text = RuleHarness.Document([.. ArticleText.Indonesian[..2], .. shortLines, .. ArticleText.Indonesian[2..]]);
        RuleHarness.AssertRule(RuleId, text, removed: [], kept: [.. ArticleText.Indonesian, .. shortLines]);
    }

    [Fact]
    public void Keeps_a_list_introduced_by_a_colon_or_made_of_sentences()
    {
        string[] sentences = ["Sandbags: 4,000.", "Volunteers: 300.", "Pumps: 12.", "Boats: 6.", "Shelters: 3."];
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. sentences, .. ArticleText.English[2..]]);
        RuleHarness.AssertRule(RuleId, text, removed: [], kept: [.. ArticleText.English, .. sentences]);
    }
}
