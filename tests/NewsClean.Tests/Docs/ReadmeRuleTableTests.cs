using System.Text.RegularExpressions;
using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Packaging;
using Xunit;

namespace NewsClean.Tests.Docs;

/// <summary>Keeps README.md's rule table true: every built-in rule, in pipeline order, and the count written above it.</summary>
public sealed partial class ReadmeRuleTableTests
{
    private static readonly string Readme = File.ReadAllText(RepoPaths.Combine("README.md"));

    [Fact]
    public void The_rule_table_lists_every_built_in_rule_in_pipeline_order()
    {
        var listed = TableRow().Matches(Readme).Select(static m => m.Groups[1].Value).ToList();

        Assert.Equal(BuiltInRules.Ids, listed);
    }

    [Fact]
    public void The_sentence_over_the_table_gives_the_number_of_rules()
    {
        string[] numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] tens = ["", "", "Twenty", "Thirty", "Forty"];
        int count = BuiltInRules.Ids.Count;
        string words = count % 10 == 0 ? tens[count / 10] : $"{tens[count / 10]}-{numbers[count % 10]}";

        Assert.Contains($"{words} built-in rules run in this order.", Readme, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `([a-z]+\.[a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
