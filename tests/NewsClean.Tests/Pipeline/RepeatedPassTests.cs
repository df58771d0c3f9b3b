using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Pipeline;

/// <summary>
/// The built-in rules run again on their own output until it stops changing, so that boilerplate revealed by a
/// removal (a caption's copy that becomes adjacent) also goes, and Clean(Clean(x)) == Clean(x).
/// </summary>
public class RepeatedPassTests
{
    private const string Caption = "Residents wade through floodwater in Bekasi on Tuesday";
    // Three different ad lines of four words or more: each fills a slot of the duplicate rule's window.
    private static readonly string[] Ads = ["Scroll to continue with content", "Story continues below advertisement", "Continue reading below the advertisement"];

    private static readonly string Text = RuleHarness.Document(
        [ArticleText.IndonesianHeadline, Caption, .. Ads, Caption, .. ArticleText.Indonesian[1..]]);

    [Fact]
    public void A_copy_revealed_by_another_rules_removal_is_removed_and_traced_to_its_input_line()
    {
        var result = NewsCleaner.CleanWithTrace(Text);

        // The copy sits on input line 11; the first pass could not see it past three ad lines (rule window of three).
        var copy = Assert.Single(result.Removals, r => r.RuleId == "captions.duplicate");
        Assert.Equal((11, 11, Caption), (copy.FirstLine, copy.LastLine, copy.Text));
        var ads = Assert.Single(result.Removals, r => r.RuleId == "ads.line");
        Assert.Equal((5, 9, string.Join('\n', Ads)), (ads.FirstLine, ads.LastLine, ads.Text));
        Assert.Equal(result.Removals.OrderBy(r => r.FirstLine), result.Removals);
        Assert.Equal(RuleHarness.Document([ArticleText.IndonesianHeadline, Caption, .. ArticleText.Indonesian[1..]]), result.Text);
        Assert.Same(result.Text, NewsCleaner.Clean(result.Text));
    }

    [Fact]
    public void User_rules_run_once_even_when_the_built_in_rules_run_again()
    {
        var pipeline = NewsCleaner.CreateBuilder().AddLineRule("user.first", "first line", static l => l.Index == 0).Build();

        var result = pipeline.CleanWithTrace(Text);

        Assert.Equal([ArticleText.IndonesianHeadline], RuleHarness.RemovedLines(result, "user.first"));
        Assert.Contains(Caption, RuleHarness.Paragraphs(result.Text));
    }

    [Fact]
    public void A_guard_is_reported_once_however_many_passes_run()
    {
        var pipeline = NewsCleaner.CreateBuilder().AddLineRule("user.greedy", "everything", static _ => true).Build();

        var result = pipeline.CleanWithTrace(Text);

        Assert.Single(result.Guarded, g => g.RuleId == "user.greedy");
        Assert.Single(result.Removals, r => r.RuleId == "captions.duplicate");
    }
}
