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

    [Theory]
    [InlineData("Tickets", "VIP : 60,000₩", "R : 50,000₩", "S : 40,000₩", "Inquiry", "02-751-1500")]
    [InlineData("Tomaten", "1 kg", "2,49 €", "Gurken", "Stück", "0,79 €")]
    public void A_run_with_a_price_in_it_is_a_price_list_not_a_menu(params string[] prices)
    {
        // The same shape as a menu, but menus and tag clouds name no price; the menu beside the list still goes.
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. prices, .. ArticleText.English[2..], .. Menu]);
        RuleHarness.AssertRule(RuleId, text, removed: Menu, kept: [.. ArticleText.English, .. prices]);
    }

    [Fact]
    public void A_menu_that_offers_one_subscription_price_is_still_a_menu()
    {
        string[] menu = ["Home", "News", "Sport", "Subscribe from $1", "Sign in", "Newsletters"];
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. menu, .. ArticleText.English[2..]]);
        RuleHarness.AssertRule(RuleId, text, removed: menu, kept: ArticleText.English);
    }

    [Fact]
    public void Two_short_lines_under_a_tags_label_alone_are_the_tags()
    {
        // "Tags" alone is site.tags' label; its links follow one a line, too few for a menu run.
        string[] tags = ["Flooding", "River Thames"];
        var pipeline = new CleaningPipelineBuilder().UseRules("site.tags", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, "Tags", .. tags]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
        Assert.Equal(tags, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void One_short_line_under_a_tags_label_stays()
    {
        var pipeline = new CleaningPipelineBuilder().UseRules("site.tags", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English[..2], "Tags", ArticleText.EnglishSubheading, .. ArticleText.English[3..]]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
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

    [Fact]
    public void Lines_another_rule_removed_inside_a_menu_count_towards_the_run()
    {
        // Four labels are below the run length on their own; with the share buttons another rule took, the menu is six
        // lines long. Removing the buttons must not save the labels.
        string[] menu = ["News", "Facebook Twitter", "World", "WhatsApp Email", "Business", "Sport"];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.sharebar", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English[..2], .. menu, .. ArticleText.English[2..]]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
        Assert.Equal(["News", "World", "Business", "Sport"], RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void A_subheading_between_removed_blocks_is_not_a_run()
    {
        string[] block = ["Facebook Twitter", "WhatsApp Email", "Sources and Methods", "Telegram Email", "Facebook Print"];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.sharebar", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English[..2], .. block, .. ArticleText.English[2..]]));

        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
        Assert.Contains("Sources and Methods", RuleHarness.Paragraphs(result.Text));
    }

    [Fact]
    public void A_sign_off_before_a_removed_block_is_not_a_run()
    {
        // Three short lines end the article; the share bars after them do not make them a menu.
        string[] signOff = ["Priya Shah", "River correspondent", "London"];
        string[] bars = ["Facebook Twitter", "WhatsApp Email", "Telegram Email", "Facebook Print"];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.sharebar", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. signOff, .. bars]));

        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
        Assert.Equal(RuleHarness.Document([.. ArticleText.English, .. signOff]), result.Text);
    }
}
