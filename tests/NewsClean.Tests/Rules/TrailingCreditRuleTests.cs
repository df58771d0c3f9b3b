using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class TrailingCreditRuleTests
{
    private const string RuleId = "credits.trailing";

    [Theory]
    [InlineData("Langkah ini membuka babak baru dalam konflik yang semakin melibatkan banyak pihak internasional.", "(Angel Rinella)")]
    [InlineData("Petugas masih mendata jumlah rumah yang rusak akibat banjir di enam kecamatan.", "(nds/krs)")]
    [InlineData("Menurut dia, pemerintah daerah akan terus memantau perkembangan situasi di lapangan bersama aparat desa.", "(Antara)")]
    [InlineData("The ministry said talks would resume next week in Geneva.", "(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("\"We will rebuild every house on this street, whatever it costs,\" the mayor told reporters.", "(AP)")]
    [InlineData("On October 18, more than 300 people were deported by the authorities for entering the country illegally.", "PTI")]
    [InlineData("The state government will announce relief for the flood-hit districts on Monday, officials said.", "IANS")]
    public void Trims_the_credit_and_keeps_the_paragraph(string paragraph, string credit)
    {
        // Paragraphs here are full sentences of 12 words or more: a shorter line ending in a bare agency name, such as
        // "Troops at the border. (EPA)", reads as an image caption, which captions.credit removes whole.
        string text = RuleHarness.Document([.. ArticleText.Indonesian, paragraph + " " + credit]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        var removal = Assert.Single(result.Removals);
        Assert.Equal(RuleId, removal.RuleId);
        Assert.True(removal.IsPartial);
        Assert.Equal(credit, removal.Text);
        Assert.Equal((2 * ArticleText.Indonesian.Length) + 1, removal.FirstLine); // paragraphs sit on every other input line
        RuleHarness.AssertKept(result, [.. ArticleText.Indonesian, paragraph]);
        RuleHarness.AssertKept(NewsCleaner.CleanWithTrace(text), [.. ArticleText.Indonesian, paragraph]);
    }

    [Theory]
    [InlineData("The agency said the barrier had closed 200 times since it opened (more than planned)")]
    [InlineData("Turnout was 81 percent, the commission said. (Figures from the election commission)")]
    [InlineData("The barrier was built after the floods of 1953. (See the timeline below)")]
    [InlineData("Pemilu 2024 (Putaran Kedua)")]
    public void Keeps_a_closing_parenthesis_that_is_not_a_credit(string paragraph) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, paragraph);

    [Theory]
    [InlineData("The treaty was signed by every member of NATO")]
    [InlineData("The talks ended without a deal, the spokesman said. He left for the USA")]
    [InlineData("Shares in the firm rose sharply after the deal. NASDAQ100")]
    public void Keeps_capitals_that_are_not_a_wire_code_after_the_last_sentence(string paragraph) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, paragraph);

    [Fact]
    public void A_paragraph_signed_with_a_wire_code_is_prose_and_ends_the_article()
    {
        // Unsigned, the paragraph would not end a sentence, and structure.main-content took it for the page's tail.
        string last = "On October 18, more than 300 people were deported by the authorities for entering the country illegally. PTI";
        string[] footer = ["Home", "About", "Contact", "Careers", "Advertise", "Newsletters", "Archive", "Privacy Policy", "© 2019 Example Post"];
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, last, .. footer]));

        RuleHarness.AssertKept(result, [.. ArticleText.English, last[..^" PTI".Length]]);
        Assert.DoesNotContain("© 2019", result.Text, StringComparison.Ordinal);
    }
}
