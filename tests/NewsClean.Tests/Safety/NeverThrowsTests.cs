using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Safety;

public class NeverThrowsTests
{
    public static IEnumerable<object[]> Bait()
    {
        yield return ["((((((((a"];
        yield return [new string('(', 200_000)];
        yield return [new string(')', 200_000) + "(EPA)"];
        yield return [string.Concat(Enumerable.Repeat("&#", 200_000))];
        yield return ["&#" + new string('9', 100_000) + ";"];
        yield return ["&" + new string('a', 100_000) + ";"];
        yield return [string.Concat(Enumerable.Repeat("&amp;", 50_000))];
        yield return [string.Concat(Enumerable.Repeat("<b>", 50_000)) + "deep" + string.Concat(Enumerable.Repeat("</b>", 50_000))];
        yield return [string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep"];
        yield return [string.Concat(Enumerable.Repeat("<table><tr><td>", 30_000))];
        yield return [string.Concat(Enumerable.Repeat("<p", 100_000)) + ">"];
        yield return [string.Concat(Enumerable.Repeat("<br>", 100_000))];
        yield return [string.Concat(Enumerable.Repeat("a.", 200_000))];
        yield return [string.Concat(Enumerable.Repeat("Baca juga: ", 50_000))];
        yield return [string.Concat(Enumerable.Repeat("Facebook ", 50_000))];
        yield return [string.Concat(Enumerable.Repeat("(WIL)\n", 50_000))];
        yield return [string.Concat(Enumerable.Repeat("\r", 200_000))];
        yield return [string.Concat(Enumerable.Repeat("\uD800", 100_000))];
        yield return [string.Concat(Enumerable.Repeat("\uDC00\uD800", 50_000))];
        yield return ["\0\u0001\u0002\u001B[31m\u007F\u0085\u2028\u2029\uFFFE\uFFFF"];
        yield return [new string('\u200B', 100_000)];
        yield return [string.Concat(Enumerable.Repeat("22 Oktober 2024 14:18 ", 20_000))];
        yield return [string.Concat(Enumerable.Repeat("http://", 50_000))];
    }

    [Theory]
    [MemberData(nameof(Bait))]
    public void Regex_and_parser_bait_is_cleaned_without_an_exception(string text) => AssertCleans(text);

    [Fact]
    public void Random_strings_with_lone_surrogates_and_control_characters_never_throw()
    {
        var random = new RandomText(seed: 20261127);
        for (int i = 0; i < 2_000; i++)
        {
            AssertCleans(random.Garbage(maxLength: 400));
        }
    }

    [Fact]
    public void Random_strings_never_make_a_user_pattern_rule_fail()
    {
        var pipeline = NewsCleaner.CreateBuilder().AddPatternRule("user.pattern", "pattern", "^(a|aa)+$|(\\w+\\s?)*x").Build();
        var random = new RandomText(seed: 7);
        for (int i = 0; i < 500; i++)
        {
            Assert.Empty(pipeline.CleanWithTrace(random.Garbage(maxLength: 400)).Failures);
        }
    }

    [Fact]
    public void Null_is_refused_with_ArgumentNullException()
    {
        var error = Assert.Throws<ArgumentNullException>(() => NewsCleaner.Clean(null!));
        Assert.Equal("text", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => NewsCleaner.CleanWithTrace(null!));
    }

    /// <summary>Cleans without throwing, gives a well-formed output, and the traced and untraced calls agree.</summary>
    private static void AssertCleans(string text)
    {
        string cleaned = NewsCleaner.Clean(text);
        var traced = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(cleaned, traced.Text);
        Assert.Empty(traced.Failures);
        Assert.DoesNotContain("\n\n\n", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', cleaned);
        if (cleaned.Length > 0)
        {
            Assert.False(char.IsWhiteSpace(cleaned[0]) || char.IsWhiteSpace(cleaned[^1]), "output must not start or end with whitespace");
        }

        Assert.All(traced.Removals, r => Assert.InRange(r.FirstLine, 1, r.LastLine));
    }
}
