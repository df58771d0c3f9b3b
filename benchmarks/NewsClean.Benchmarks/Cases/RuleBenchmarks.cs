using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsClean.Benchmarks.Corpus;
using NewsClean.Benchmarks.Reporting;
using NewsClean.Rules.BuiltIn;

namespace NewsClean.Benchmarks.Cases;

/// <summary>
/// Each built-in rule on its own (a pipeline of just that rule, all language packs) over the dev corpus's scraped
/// text, once through. "(none)" is a pipeline without rules: the fixed cost of reading, scanning and writing, which
/// every other row includes.
/// </summary>
public class RuleBenchmarks : IReportsInputSize
{
    /// <summary>The value of <see cref="Rule"/> that builds a pipeline without rules.</summary>
    public const string NoRule = "(none)";

    private string[] documents = [];
    private CleaningPipeline pipeline = null!;

    /// <summary>The rule under test.</summary>
    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = NoRule;

    /// <summary>"(none)" and every built-in rule id, in default order.</summary>
    public static IEnumerable<string> RuleIds => [NoRule, .. BuiltInRules.Ids];

    /// <summary>Reads the corpus and builds the one-rule pipeline outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        documents = [.. DevCorpus.All.Select(r => r.Text)];
        var builder = new CleaningPipelineBuilder();
        pipeline = (Rule == NoRule ? builder : builder.UseRules(Rule)).Build();
    }

    /// <summary>Cleans every document with the one-rule pipeline.</summary>
    [Benchmark(Description = "Clean, one rule")]
    public long Clean()
    {
        long total = 0;
        foreach (string document in documents)
        {
            total += pipeline.Clean(document).Length;
        }

        return total;
    }

    /// <inheritdoc />
    public InputSize? InputSizeOf(BenchmarkCase benchmarkCase) =>
        ScaledCorpus.SizeOf([.. Enumerable.Range(0, DevCorpus.All.Count)], static r => r.Text);
}
