using System.Text;
using Xunit;

namespace NewsClean.Tests.Safety;

/// <summary>
/// Inputs far beyond any article must complete with the right output. There is no timing assertion here (speed is
/// measured with BenchmarkDotNet); a quadratic step would show as a test run that does not finish.
/// </summary>
public class HugeInputTests
{
    [Fact]
    public void A_four_million_character_line_of_prose_comes_back_unchanged()
    {
        const string sentence = "The river rose again overnight, and volunteers filled sandbags until dawn. ";
        var builder = new StringBuilder(4_000_000 + sentence.Length);
        while (builder.Length < 4_000_000)
        {
            builder.Append(sentence);
        }

        string text = builder.ToString(0, 4_000_000).TrimEnd();
        text = text[..text.LastIndexOf('.')] + ".";

        Assert.Same(text, NewsCleaner.Clean(text));
    }

    [Fact]
    public void A_four_million_character_line_needing_normalisation_is_normalised()
    {
        string text = string.Concat(Enumerable.Repeat("kata\u00A0\u00A0demi\u200Bkata ", 250_000));
        Assert.True(text.Length >= 4_000_000);

        string cleaned = NewsCleaner.Clean(text);

        Assert.Equal(string.Concat(Enumerable.Repeat("kata demikata ", 250_000)).TrimEnd(), cleaned);
    }

    [Fact]
    public void Half_a_million_short_lines_keep_the_article_and_lose_the_ads()
    {
        const int lines = 500_000;
        var input = new StringBuilder();
        var expected = new StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            // Every line is a distinct short sentence; every 100th is an ad marker, which must go.
            string line = i % 100 == 99 ? "ADVERTISEMENT" : $"Reading {i} shows the river at {i % 977} cm.";
            input.Append(line).Append('\n');
            if (line != "ADVERTISEMENT")
            {
                expected.Append(expected.Length > 0 ? "\n\n" : string.Empty).Append(line);
            }
        }

        var result = NewsCleaner.CleanWithTrace(input.ToString());

        Assert.Equal(expected.ToString(), result.Text);
        Assert.Equal(lines / 100, result.Removals.Count(r => r.RuleId == "ads.line"));
    }
}
