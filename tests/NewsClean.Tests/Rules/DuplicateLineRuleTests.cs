using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class DuplicateLineRuleTests
{
    private const string RuleId = "captions.duplicate";

    [Fact]
    public void Removes_the_second_copy_of_a_caption_and_keeps_the_first()
    {
        const string caption = "Residents wade through floodwater in Bekasi, West Java, on Tuesday";
        string text = RuleHarness.Document([caption, caption, .. ArticleText.Indonesian]);
        var result = RuleHarness.AssertRule(RuleId, text, removed: [caption], kept: [caption, .. ArticleText.Indonesian]);
        Assert.Equal(3, Assert.Single(result.Removals).FirstLine);
    }

    [Fact]
    public void Treats_a_copy_that_differs_only_in_case_spacing_and_punctuation_as_a_duplicate()
    {
        const string first = "Residents wade through floodwater in Bekasi, West Java, on Tuesday.";
        const string second = "residents wade through  floodwater in Bekasi West Java on Tuesday";
        string text = RuleHarness.Document([first, second, .. ArticleText.Indonesian]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Equal(second.Replace("  ", " ", StringComparison.Ordinal), Assert.Single(result.Removals).Text);
        RuleHarness.AssertKept(result, [first, .. ArticleText.Indonesian]);
    }

    [Fact]
    public void Treats_a_Japanese_copy_with_other_punctuation_as_a_duplicate()
    {
        const string first = "東京・大阪で大雨、住民が避難する";
        const string second = "東京 大阪で大雨 住民が避難する。";
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([first, second, .. ArticleText.Indonesian]));
        Assert.Equal(second, Assert.Single(result.Removals).Text);
        RuleHarness.AssertKept(result, [first, .. ArticleText.Indonesian]);
    }

    [Fact]
    public void Keeps_lines_that_differ_by_a_word()
    {
        const string first = "Residents wade through floodwater in Bekasi on Tuesday";
        const string second = "Residents wade through floodwater in Bogor on Tuesday";
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([first, second, .. ArticleText.Indonesian]), removed: [], kept: [first, second, .. ArticleText.Indonesian]);
    }

    [Fact]
    public void Keeps_short_lines_that_repeat_legitimately()
    {
        // A short subheading or one-line paragraph may appear twice in an article (a recurring section label).
        string text = RuleHarness.Document(
            ArticleText.IndonesianHeadline, ArticleText.IndonesianSubheadingWithYear, ArticleText.IndonesianProse1,
            ArticleText.IndonesianSubheadingWithYear, ArticleText.IndonesianProse2);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
        Assert.Same(text, result.Text);
    }

    [Fact]
    public void Keeps_a_heading_that_repeats_an_entry_of_the_list_of_picks_above_it()
    {
        // "Our top picks" lists the products; each comes back as the heading over its review.
        string[] picks = ["Best overall: Brevia Swift 1.7 litre kettle", "Best budget: Homely Basic 1.5 litre kettle", "Best for tea lovers: Kettleworks Temp Pro"];
        const string review = "The Brevia Swift boiled a full jug in under four minutes, the fastest result in our test, and it was quiet too.";
        string text = RuleHarness.Document([.. ArticleText.English, "Our top picks", .. picks, picks[0], review]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
    }

    [Fact]
    public void Still_removes_a_gallery_captions_copy_that_reads_as_a_sentence()
    {
        // A gallery prints the caption, a counter, the caption again: the copy is a sentence, not a section heading.
        const string caption = "Volunteers fill sandbags near the river in Greenwich on Tuesday morning.";
        const string review = "The Brevia Swift boiled a full jug in under four minutes, the fastest result in our test, and it was quiet too.";
        string text = RuleHarness.Document([.. ArticleText.English, caption, "Image 1 of 23 in the series", "Image 1 of 23 in the gallery", caption, review]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Equal(caption, Assert.Single(result.Removals).Text);
    }
}
