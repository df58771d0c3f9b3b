using System.Text;
using NewsClean.Cli;
using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Packaging;
using Xunit;

namespace NewsClean.Tests.Cli;

/// <summary>The newsclean command, run in-process with captured standard streams.</summary>
public sealed class CliAppTests : IDisposable
{
    private const string Article = """
        ADVERTISEMENT
        The council approved the new budget on Monday after a long debate.
        Follow us on Twitter
        Medcom • 22 Oktober 2024 14:18
        """;

    private const string ArticleBody = "The council approved the new budget on Monday after a long debate.";

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("newsclean-cli-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void File_argument_writes_the_cleaned_article_to_stdout()
    {
        string path = WriteFile("article.txt", Article);

        var run = Run([path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(NewsCleaner.Clean(Article) + Environment.NewLine, run.Output);
        Assert.Contains(ArticleBody, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ADVERTISEMENT", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow us", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundled_sample_of_the_readme_cleans_to_its_expected_output()
    {
        string sample = RepoPaths.Combine("samples", "medcom-id.txt");
        string expected = File.ReadAllText(RepoPaths.Combine("samples", "medcom-id.expected.txt"));

        var run = Run([sample]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.ReplaceLineEndings(Environment.NewLine), run.Output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_a_file_or_with_dash_reads_stdin(bool dash)
    {
        var run = Run(dash ? ["-"] : [], stdin: Article);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(NewsCleaner.Clean(Article) + Environment.NewLine, run.Output);
        Assert.DoesNotContain("ADVERTISEMENT", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_each_removal_with_rule_id_reason_and_text_after_the_article()
    {
        var trace = NewsCleaner.CleanWithTrace(Article);

        var run = Run(["--explain"], stdin: Article);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(trace.Text + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Contains($"# {trace.Removals.Count} removal(s)", run.Output, StringComparison.Ordinal);
        Assert.NotEmpty(trace.Removals);
        foreach (var removal in trace.Removals)
        {
            Assert.Contains($"line {removal.FirstLine}: {removal.RuleId}: {removal.Reason}", run.Output, StringComparison.Ordinal);
            Assert.Contains($"    | {removal.Text}", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("ads.line", run.Output, StringComparison.Ordinal);
        Assert.Contains("social.prompt", run.Output, StringComparison.Ordinal);
        Assert.Contains("site.dateline", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_gives_a_clear_message_and_exit_code_1()
    {
        string missing = Path.Combine(temp.FullName, "no-such-article.txt");

        var run = Run([missing]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal($"newsclean: {missing}: no such file{Environment.NewLine}", run.Error);
    }

    [Fact]
    public void Missing_file_among_others_still_cleans_the_readable_ones_and_exits_1()
    {
        string good = WriteFile("good.txt", Article);
        string missing = Path.Combine(temp.FullName, "missing.txt");

        var run = Run([missing, good]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.Contains($"==> {good} <==", run.Output, StringComparison.Ordinal);
        Assert.Contains(ArticleBody, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_shows_the_help_the_tool_prints()
    {
        // The README's "Command line" section copies the usage text; it had fallen behind the tool once (no --html).
        var run = Run(["--help"]);
        string readme = File.ReadAllText(RepoPaths.Combine("README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("Usage: newsclean", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no usage block");
        string shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(run.Output.ReplaceLineEndings("\n").TrimEnd(), shown.TrimEnd());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    public void Unknown_option_gives_usage_error_and_exit_code_2(string option)
    {
        var run = Run([option], stdin: Article);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains($"unknown option '{option}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("newsclean --help", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang")]
    [InlineData("--disable")]
    public void Option_without_its_value_gives_exit_code_2(string option)
    {
        var run = Run([option]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"option '{option}' needs a value", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "xx")]
    [InlineData("--disable", "no.such.rule")]
    public void Unknown_language_or_rule_gives_exit_code_2_and_names_it(string option, string value)
    {
        var run = Run([option, value], stdin: Article);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_keeps_what_the_rule_would_remove_and_nothing_else_changes()
    {
        var run = Run(["--disable", "site.dateline"], stdin: Article);
        var expected = NewsCleaner.CreateBuilder().DisableRule("site.dateline").Build().Clean(Article);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected + Environment.NewLine, run.Output);
        Assert.Contains("Medcom • 22 Oktober 2024 14:18", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ADVERTISEMENT", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_limits_the_phrase_lists_to_that_language()
    {
        const string text = "Baca juga: Banjir Rendam Ribuan Rumah di Jakarta Timur\nRead also: Five things to know about hurricane season\n" + ArticleBody;

        var run = Run(["--lang", "en"], stdin: text);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Baca juga", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Read also", run.Output, StringComparison.Ordinal);
        Assert.Contains(ArticleBody, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_built_in_rule_id_with_its_description()
    {
        var run = Run(["--rules"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(BuiltInRules.Ids.Count, lines.Length);
        int column = BuiltInRules.Ids.Max(id => id.Length) + 1;
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.StartsWith(BuiltInRules.Ids[i] + " ", lines[i], StringComparison.Ordinal);
            Assert.Equal(BuiltInRules.All[i].Description, lines[i][column..]);
        }
    }

    [Fact]
    public void Utf8_text_from_a_file_survives_unchanged()
    {
        const string text = "Warga Jakarta — “kata mereka” — naïve café, Zürich, Αθήνα, Москва, 東京, دبي, 😀 emoji.";
        string path = Path.Combine(temp.FullName, "utf8.txt");
        File.WriteAllText(path, text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var run = Run([path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(text + Environment.NewLine, run.Output);
    }

    [Fact]
    public void Utf8_file_with_a_byte_order_mark_loses_only_the_mark()
    {
        const string text = "Ibu kota: “Jakarta” — Sūrya, Ñandú.";
        string path = Path.Combine(temp.FullName, "bom.txt");
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = Run([path]);

        Assert.Equal(text + Environment.NewLine, run.Output);
    }

    private string WriteFile(string name, string content)
    {
        string path = Path.Combine(temp.FullName, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(string[] args, string stdin = "")
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = CliApp.Run(args, input, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
