using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class CaptionBesideCreditRuleTests
{
    private const string RuleId = "captions.beside-credit";
    private const string Caption = "Volunteers fill sandbags on the embankment in Greenwich on Tuesday night.";

    // The rule acts on credit lines that captions.credit removed, so both run.
    private static readonly CleaningPipeline Pipeline = new CleaningPipelineBuilder().UseRules("captions.credit", RuleId).Build();

    [Fact]
    public void Removes_the_caption_over_a_credit_and_the_name_under_a_bare_label()
    {
        string text = RuleHarness.Document([.. ArticleText.English[..2]]) + "\n\n" + Caption + "\nCredit...\nJane Doe/The Riverside Gazette\n\n"
            + RuleHarness.Document([.. ArticleText.English[2..]]);

        var result = Pipeline.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
        Assert.Equal([Caption, "Jane Doe/The Riverside Gazette"], RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Keeps_a_headline_over_the_lead_photos_credit()
    {
        // A headline is no sentence; one in title case that ends like one is not a caption either.
        const string titleCase = "Barrier Holds as Thames Reaches Record. Why Engineers Closed It Twice.";
        foreach (string headline in new[] { ArticleText.EnglishHeadline, titleCase })
        {
            string text = headline + "\nPhoto: Reuters\n\n" + RuleHarness.Document([.. ArticleText.English[1..]]);

            var result = Pipeline.CleanWithTrace(text);

            Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
            Assert.Empty(result.Guarded);
            Assert.StartsWith(headline, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keeps_a_paragraph_over_a_credit_on_a_page_that_separates_nothing()
    {
        // Without blank lines every paragraph sits right over the next line: the one over a credit starts no block.
        string text = string.Join("\n", [.. ArticleText.English[..2], ArticleText.EnglishProse2, "Photo: Reuters", ArticleText.EnglishProse3]);

        var result = Pipeline.CleanWithTrace(text);

        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
        Assert.Empty(result.Guarded);
        Assert.Contains(ArticleText.EnglishProse2, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_paragraph_a_blank_line_away_from_a_credit_and_a_sentence_under_a_credit()
    {
        const string after = "The agency said the barrier would stay closed until Thursday.";
        string text = RuleHarness.Document([.. ArticleText.English[..2], Caption, "Photo: Reuters", .. ArticleText.English[2..], "Credit"])
            + "\n" + after;

        var result = Pipeline.CleanWithTrace(text);

        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
        Assert.Empty(result.Guarded);
        Assert.Contains(Caption, result.Text, StringComparison.Ordinal);
        Assert.Contains(after, result.Text, StringComparison.Ordinal);
    }
}
