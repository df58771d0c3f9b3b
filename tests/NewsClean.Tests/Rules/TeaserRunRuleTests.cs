using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class TeaserRunRuleTests
{
    private const string RuleId = "structure.teaser-runs";

    [Fact]
    public void Removes_a_run_of_titles_the_site_cut_off()
    {
        string[] teasers =
        [
            "Council confirms the ferry timetable will change again in March after...",
            "Why the barrier closes more often than it did twenty years ago …",
            "Sometimes people ask me why this or that part of the river floods first […]",
        ];
        string text = RuleHarness.Document([.. ArticleText.English, .. teasers]);
        RuleHarness.AssertRule(RuleId, text, removed: teasers, kept: ArticleText.English);
    }

    [Fact]
    public void Removes_a_run_of_titles_glued_to_their_summaries()
    {
        string[] teasers =
        [
            "Customers Leave Without Paying $690 Bill At Riverside SteakhouseA party of six left the restaurant without paying, police said.",
            "Police: 2 In Custody After Break-In At Greenwich MarketA 24-year-old woman and a 28-year-old man were arrested on Monday.",
            "The 4 Best Vegan Spots In WoolwichHoodline crunched the numbers to find the top vegan spots around the river.",
        ];
        string text = RuleHarness.Document([.. ArticleText.English, .. teasers]);
        RuleHarness.AssertRule(RuleId, text, removed: teasers, kept: ArticleText.English);
    }

    [Fact]
    public void Section_headings_between_teasers_go_with_the_run_and_the_heading_after_it_stays()
    {
        string[] teasers =
        [
            "Council To Mail Flood Grant Applications To 25,000The council will mail applications to every household in the flood zone.",
            "Weather", "Weather Videos",
            "First Forecast: Tuesday (Overnight)Patchy fog continues overnight along the river.",
            "Is The Barrier Closing Too Often?Engineers say the number of closures is rising every year.",
        ];
        string[] after = ["Sport", ArticleText.EnglishProse3];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English[..^1], .. teasers, .. after]));

        Assert.Equal(teasers, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Keeps_two_lines_that_trail_off_and_a_single_glued_looking_title()
    {
        // Below the run length: an article's own sentences that trail off, and a headline with a camel-case brand.
        string[] content =
        [
            "We waited, and waited, and then the water came...",
            "By midnight the café was empty …",
            ArticleText.EnglishProse2,
            "Former Thames Barrier Engineer Joins LinkedIn as Head of Flood Data",
        ];
        string text = RuleHarness.Document([.. ArticleText.English, .. content]);
        RuleHarness.AssertRule(RuleId, text, removed: [], kept: [.. ArticleText.English, .. content]);
    }

    [Theory]
    [InlineData("The new MacBook Pro and YouTube Premium Bundle Goes on Sale in London today")]
    [InlineData("Sony Cuts the Price of the PlayStation Classic in Europe")]
    [InlineData("Engineers closed the barrier twice on Tuesday night.")]
    [InlineData("Flood Barrier Holds as River Thames Reaches Record Height")]
    [InlineData("Operators Switch On The First 5G Network Along The River Today")]
    [InlineData("Why Did The Barrier Close? Engineers Explain The Decision")]
    public void Camel_case_brand_names_and_plain_lines_are_no_glued_title(string line) =>
        Assert.False(TeaserRunRule.IsTitleGluedToSummary(line));

    [Theory]
    [InlineData("Attention, Deal-Hunters: Here Are The Top Health And Fitness Deals In DetroitIn the market to save some money?")]
    [InlineData("DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources officers need help.")]
    [InlineData("Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail applications to voters.")]
    [InlineData("Is Violence In Sports On The Rise?Violence is part of the game in many sports.")]
    public void A_title_cased_head_running_into_a_sentence_is_a_glued_title(string line) =>
        Assert.True(TeaserRunRule.IsTitleGluedToSummary(line));
    private const string Ticker =
        "Council confirms the ferry timetable will change again in March LONDON: The council said on Monday that the river ferry would stop at two fewer piers from... " +
        "Engineers test the barrier's new gates before winter LONDON: Engineers closed the new gates for six hours on Sunday to test the motors that had failed last... " +
        "Residents win funding for a riverside garden in Woolwich LONDON: A group of residents has won a grant to plant a garden on the empty plot beside the old... " +
        "Rowing club reopens its boathouse after the spring floods LONDON: The rowing club reopened its boathouse on Saturday, three months after the water reached...";

    [Fact]
    public void Removes_a_news_ticker_whose_cut_off_teasers_arrive_as_one_line()
    {
        string text = RuleHarness.Document(["Breaking News", Ticker, .. ArticleText.English]);
        RuleHarness.AssertRule(RuleId, text, removed: [Ticker], kept: ArticleText.English);
    }

    [Fact]
    public void Keeps_a_paragraph_whose_sentences_trail_off()
    {
        // Trailing sentences are short; a ticker's teasers are a title and the start of a summary each.
        string paragraph = "We waited on the bank for an hour... Then the water came... Then the sirens... Nobody on the street " +
            "had seen the river that high before, the owner of the corner shop said...";
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, paragraph);
    }

    [Theory]
    [InlineData("the old... Rowing club reopens… A group of residents… The end", 3)]
    [InlineData("the old ... Rowing club", 0)]
    [InlineData("He said the plan ... would fail. It was... a disaster.", 0)]
    [InlineData("Wait.... Then it came", 1)]
    public void Counts_the_cut_offs_where_a_new_teaser_starts(string line, int expected) =>
        Assert.Equal(expected, TeaserRunRule.CountInnerCutOffs(line));
}
