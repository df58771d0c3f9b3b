using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Text;

/// <summary>Scrapers that break lines at inline links leave sentence fragments; the certain ones are joined back.</summary>
public class FragmentJoiningTests
{
    [Theory]
    [InlineData("The minister arrived in Jakarta\n, Indonesia, on Monday.", "The minister arrived in Jakarta, Indonesia, on Monday.")]
    [InlineData("Sales rose 4% (see the chart\n) in the third quarter.", "Sales rose 4% (see the chart) in the third quarter.")]
    [InlineData("The leaders met in Paris\n; the talks ended late.", "The leaders met in Paris; the talks ended late.")]
    [InlineData("北京市政府宣布\n，新的政策将于明年实施。", "北京市政府宣布，新的政策将于明年实施。")]
    public void A_line_that_starts_with_a_continuation_mark_joins_the_line_before(string text, string expected)
    {
        Assert.Equal(expected, Normalise.Clean(text));
    }

    [Fact]
    public void Fragments_join_in_a_chain_and_the_paragraphs_around_them_stay_apart()
    {
        string text = "Headline of the story\n\nOfficials in Jakarta\n, Surabaya\n, and Medan said so.\n\nA second paragraph follows.";
        Assert.Equal("Headline of the story\n\nOfficials in Jakarta, Surabaya, and Medan said so.\n\nA second paragraph follows.", Normalise.Clean(text));
    }

    [Theory]
    // A blank line means the page had a paragraph break there: the comma line is its own paragraph.
    [InlineData("The minister arrived in Jakarta\n\n, Indonesia, on Monday.")]
    // After a finished sentence a comma cannot continue it.
    [InlineData("The minister arrived on Monday.\n, a line of its own")]
    // A lowercase start or a period is not certain: "iPhone 11 review", ".NET 10 released".
    [InlineData("Best phones of the year\niPhone 11 review")]
    [InlineData("Runtime news\n.NET 10 released")]
    public void Uncertain_fragments_stay_separate_paragraphs(string text)
    {
        string expected = string.Join("\n\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(expected, Normalise.Clean(text));
    }

    [Fact]
    public void A_fragment_after_a_removed_line_is_not_joined_across_the_gap()
    {
        string text = "The minister arrived in Jakarta\nADVERTISEMENT\n, Indonesia, on Monday.";
        Assert.Equal("The minister arrived in Jakarta\n\n, Indonesia, on Monday.", RuleHarness.Only("ads.line").Clean(text));
    }

    [Fact]
    public void Joined_output_is_stable_and_maps_removals_to_input_lines()
    {
        string text = RuleHarness.Document(ArticleText.EnglishHeadline) + "\n\nThe minister arrived in Jakarta\n, Indonesia, on Monday.\n\nADVERTISEMENT\n\n" + ArticleText.EnglishProse1;
        var result = NewsCleaner.CleanWithTrace(text);
        Assert.Contains("The minister arrived in Jakarta, Indonesia, on Monday.", RuleHarness.Paragraphs(result.Text));
        Assert.Equal(result.Text, NewsCleaner.Clean(result.Text));
        var ad = Assert.Single(result.Removals, r => r.Text == "ADVERTISEMENT");
        Assert.Equal(6, ad.FirstLine);
    }

    [Fact]
    public void A_joined_line_is_judged_again_so_a_second_clean_changes_nothing()
    {
        // Apart, "Nov 10 11 photos" and ", 2019" are no dateline; joined they are one, which a second Clean would
        // remove. Found by fuzzing: the join must count as a change that earns another pass.
        string text = RuleHarness.Document(ArticleText.English) + "\n\nNov 10 11 photos\n, 2019";
        string once = NewsCleaner.Clean(text);

        Assert.Equal(once, NewsCleaner.Clean(once));
        Assert.Equal(RuleHarness.Document(ArticleText.English), once);
    }
}
