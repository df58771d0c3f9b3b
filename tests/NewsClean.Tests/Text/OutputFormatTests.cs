using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Text;

public class OutputFormatTests
{
    [Fact]
    public void Paragraphs_are_separated_by_exactly_one_blank_line()
    {
        string text = "\n\n Headline \n\n\n\nFirst line\nSecond line\n \n\n\nLast line\n\n";
        Assert.Equal("Headline\n\nFirst line\n\nSecond line\n\nLast line", Normalise.Clean(text));
    }

    [Fact]
    public void Removed_lines_leave_no_gap()
    {
        string text = RuleHarness.Document(ArticleText.EnglishHeadline, "ADVERTISEMENT", "ADVERTISEMENT", ArticleText.EnglishProse1, "ADVERTISEMENT");
        Assert.Equal(ArticleText.EnglishHeadline + "\n\n" + ArticleText.EnglishProse1, RuleHarness.Only("ads.line").Clean(text));
    }

    [Fact]
    public void Nothing_but_whitespace_is_rewritten()
    {
        // Case, punctuation, quotes, dashes, digits and non-Latin scripts pass through untouched.
        const string line = "«Ça va?» — “Quoted” ‘text’, 1.500 orang; 東京 São Paulo ÄÖÜ straße… (x) [y] {z} #tag @user 50% $3";
        Assert.Equal(line, Normalise.Clean("  " + line.Replace(" ", "   ", StringComparison.Ordinal) + "  "));
    }

    [Fact]
    public void Unchanged_input_returns_the_same_string_instance()
    {
        string text = RuleHarness.Document(ArticleText.English);
        Assert.Same(text, NewsCleaner.Clean(text));
        var result = NewsCleaner.CleanWithTrace(text);
        Assert.Same(text, result.Text);
        Assert.False(result.Changed);
        Assert.Empty(result.Removals);
    }

    [Fact]
    public void Changed_input_returns_a_new_string_and_says_so()
    {
        string text = RuleHarness.Document(ArticleText.English) + "\n";
        var result = NewsCleaner.CleanWithTrace(text);
        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
        Assert.True(result.Changed);
        Assert.Same(text, result.Source);
    }

    [Fact]
    public void The_empty_string_is_returned_as_is()
    {
        Assert.Same(string.Empty, NewsCleaner.Clean(string.Empty));
    }
}
