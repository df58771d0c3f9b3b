using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Packaging;
using Xunit;

namespace NewsClean.Tests.Docs;

/// <summary>Keeps docs/rules.md true: every input/output example in it is run through the default pipeline.</summary>
public sealed class RulesDocumentTests
{
    private static readonly IReadOnlyList<MarkdownExamples.Example> Examples =
        MarkdownExamples.Read(File.ReadAllText(RepoPaths.Combine("docs", "rules.md")));

    public static TheoryData<string, int> ExampleNames()
    {
        var data = new TheoryData<string, int>();
        foreach (var group in Examples.GroupBy(e => e.Section))
        {
            int n = 0;
            foreach (var _ in group)
            {
                data.Add(group.Key, n++);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_output_is_what_the_default_pipeline_returns(string section, int index)
    {
        var example = Examples.Where(e => e.Section == section).ElementAt(index);

        var result = NewsCleaner.CleanWithTrace(example.Input);

        Assert.Equal(example.Output, result.Text);
        if (BuiltInRules.Ids.Contains(section))
        {
            Assert.Contains(result.Removals, r => r.RuleId == section);
        }
    }

    [Fact]
    public void Every_built_in_rule_has_a_section_with_an_example()
    {
        var documented = Examples.Select(e => e.Section).ToHashSet(StringComparer.Ordinal);

        Assert.All(BuiltInRules.Ids, id => Assert.Contains(id, documented));
    }

    [Fact]
    public void Prose_guard_example_is_kept_by_the_guard()
    {
        var example = Assert.Single(Examples, e => e.Section == "The prose guard");

        var result = NewsCleaner.CleanWithTrace(example.Input);

        var guarded = Assert.Single(result.Guarded);
        Assert.Equal("prompts.cookie", guarded.RuleId);
        Assert.Empty(result.Removals);
    }
}
