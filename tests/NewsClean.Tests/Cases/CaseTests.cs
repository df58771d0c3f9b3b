using Xunit;

namespace NewsClean.Tests.Cases;

/// <summary>
/// Real and realistic articles: each folder under Cases/ holds input.txt and expected.txt, the article a reader wants.
/// The files are copied to the test output; expected.txt may end with one newline, which is not part of the article.
/// </summary>
public class CaseTests
{
    private static readonly string CasesDirectory = Path.Combine(AppContext.BaseDirectory, "Cases");

    public static IEnumerable<object[]> Names() =>
        Directory.GetDirectories(CasesDirectory).Order(StringComparer.Ordinal).Select(static d => new object[] { Path.GetFileName(d) });

    [Fact]
    public void The_cases_include_the_medcom_sample_and_each_has_both_files()
    {
        var names = Names().Select(static row => (string)row[0]).ToList();
        Assert.Contains("medcom-id", names);
        Assert.True(names.Count >= 4, $"expected at least four cases, found {names.Count}");
        Assert.All(names, name =>
        {
            Assert.True(File.Exists(Path.Combine(CasesDirectory, name, "input.txt")), $"{name}/input.txt is missing");
            Assert.True(File.Exists(Path.Combine(CasesDirectory, name, "expected.txt")), $"{name}/expected.txt is missing");
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Cleans_to_the_expected_article(string name)
    {
        var (input, expected) = Read(name);
        var result = NewsCleaner.CleanWithTrace(input);
        Assert.True(expected == result.Text, $"Case {name} differs.\n--- expected\n{expected}\n--- actual\n{result.Text}\n--- removals\n{Support.RuleHarness.Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_expected_article_is_left_as_it_is(string name)
    {
        // A clean article is a fixed point: cleaning it again must neither remove nor rewrite anything.
        var (_, expected) = Read(name);
        var result = NewsCleaner.CleanWithTrace(expected);
        Assert.True(ReferenceEquals(expected, result.Text), $"Case {name}: the expected article was changed.\n{Support.RuleHarness.Describe(result)}");
    }

    private static (string Input, string Expected) Read(string name)
    {
        string input = File.ReadAllText(Path.Combine(CasesDirectory, name, "input.txt"));
        string expected = File.ReadAllText(Path.Combine(CasesDirectory, name, "expected.txt")).ReplaceLineEndings("\n");
        return (input, expected.EndsWith('\n') ? expected[..^1] : expected);
    }
}
